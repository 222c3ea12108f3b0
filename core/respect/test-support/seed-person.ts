import { contract } from '../../../api';
import type { Booted } from '../../boot';
import { suppressionHash } from '../suppression-hash';
import { recordAudit } from '../audit-log';
import { recordConsentChange } from '../consent-history';
import { suppress } from '../suppression-list';

// A person Relance knows through every table that can hold something about them: two imports
// (one created them, one changed them), a note and an order on the timeline, a consent change,
// a message in the outbox, an unsubscribe token, a delivery failure, a suppression, an
// audit entry and a bulk edit of their kind. Words distinctive enough to be searched for in the raw database file.
export const PERSON = {
  firstName: 'Zéphyrine',
  lastName: 'Quillebœuf',
  email: 'zephyrine.quilleboeuf@example.org',
  emailKey: 'zephyrine.quilleboeuf@example.org',
  phone: '+33687654321',
  phoneTyped: '06 87 65 43 21',
  note: 'Asked about the Xylophonique workshop',
  subject: 'Toujours partante pour Xylophonique ?',
} as const;

export const importCsv = async (booted: Booted, fileName: string, csv: string) => {
  const staged = booted.stageFile(fileName, new TextEncoder().encode(csv));
  const request = contract['imports.start'].input.parse({ fileId: staged.fileId, country: 'FR' });
  return booted.imports.runNow(request as Required<typeof request>, false);
};

const header = 'First Name,Last Name,Email,Phone,Tags';

export const personRow = (firstName: string = PERSON.firstName) =>
  `${firstName},${PERSON.lastName},${PERSON.email},${PERSON.phoneTyped},atelier`;

export const seedPerson = async (booted: Booted, now: number): Promise<string> => {
  await importCsv(booted, 'premiers-clients.csv', `${header}\n${personRow('Zeph')}\nPaul,Martin,paul.martin@example.com,,\n`);
  await importCsv(booted, 'clients-2026.csv', `${header}\n${personRow()}\n`);
  const sqlite = booted.database.sqlite;
  const id = sqlite.prepare('SELECT id FROM contacts WHERE email_key = ?').pluck().get(PERSON.emailKey) as string;
  const log = booted.handlers['events.log'];
  await log(contract['events.log'].input.parse({ type: 'note', contactId: id, note: PERSON.note }));
  await log(contract['events.log'].input.parse({ type: 'order', contactId: id, amount: '42,50', currency: 'EUR', reference: 'XYL-1' }));
  recordConsentChange(sqlite, { contactId: id, basis: 'consent', source: 'signed form', evidence: 'form of 2026-11-02', consentAt: now, origin: 'ui' }, now);
  const emailHash = suppressionHash(PERSON.emailKey);
  sqlite
    .prepare(`INSERT INTO outbox (id, dedupe_key, contact_id, program, step, anchor, channel, language, due_at, scheduled_at, state, reason, subject, body_text, body_html, created_at, updated_at)
      VALUES ('msg-1', 'reactivation:' || ?, ?, 'reactivation', 1, 'p1', 'email', 'fr', ?, ?, 'sent', 'sent', ?, ?, ?, ?, ?)`)
    .run(id, id, now, now, PERSON.subject, `Bonjour ${PERSON.firstName},\n${PERSON.note}`, `<p>Bonjour ${PERSON.firstName}</p>`, now, now);
  sqlite.prepare('INSERT INTO unsubscribe_tokens (token, contact_id, email_hash, created_at) VALUES (?, ?, ?, ?)').run('tok-zeph', id, emailHash, now);
  sqlite
    .prepare('INSERT INTO delivery_failures (id, email_hash, reason, status, is_sender_side, occurred_at) VALUES (?, ?, ?, ?, 0, ?)')
    .run('df-1', emailHash, 'mailbox full', '4.2.2', now);
  suppress(sqlite, { emailKey: null, phone: PERSON.phone }, 'unsubscribed', now);
  recordAudit(sqlite, { action: 'consent', origin: 'ui', contactId: id, detail: 'basis consent' }, now);
  await booted.handlers['contacts.bulkEdit'](contract['contacts.bulkEdit'].input.parse({ target: { ids: [id] }, change: { field: 'kind', value: 'donor' } }));
  return id;
};
