// Seeds the database the send benchmark copies for every run (bench/send.ts): a mailbox on the
// local SMTP server set up as an owner does it, N contacts with consent and a cart abandoned
// ~2 days ago imported through the import, planned and approved; then the same N messages
// as Relance renders them, for the bare-nodemailer baseline (bench/send-baseline.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MethodInput, MethodName, MethodOutput, Settings } from '../api';
import { bootCore, type Booted } from '../core/boot';
import { dispatch } from '../core/dispatch';
import { makeMessageId, type OutgoingMail } from '../core/mail/compose-mail';
import { testMailboxConfig, trustTestMailbox, type ContractCall } from '../core/mail/test-support/trusted-mailbox';
import { createSecretStore } from '../core/secrets/secret-store';
import { messageFor } from '../core/sending/message-for';
import { HOUR_MS } from '../core/time-units';
import { root } from './corpus';

export const SMTP_USER = 'owner@example.com';
export const SMTP_PASSWORD = 's3cret';

// What bench/send-baseline.ts reads: where to send, and each message ready to go.
export type BaselineInput = { port: number; certPem: string; user: string; password: string; messages: OutgoingMail[] };

const call = async <M extends MethodName>(booted: Booted, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
  const result = await dispatch(booted.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message} ${JSON.stringify(result.error.issues ?? '')}`);
  return result.value as MethodOutput<M>;
};

const FIRST = ['Zoé', 'Léa', 'Hugo', 'Anna', 'Louis', 'Chloé', 'Jules', 'Emma', 'Noah', 'Inès'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre'];
const csvLine = (cells: (string | number)[]) => `${cells.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',')}\n`;
const isoSeconds = (ms: number) => new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z');

// The corpus layout (shared/corpora/gen-large.mjs), so the import recognises both files by their headers.
const contactsCsv = (count: number, now: number): string => {
  let csv = csvLine(['contact_id', 'email', 'first_name', 'last_name', 'phone', 'company', 'street', 'postal_code', 'city', 'region', 'country', 'language', 'tags', 'email_consent', 'created_at', 'notes']);
  for (let i = 0; i < count; i += 1) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    csv += csvLine([`B${String(i).padStart(6, '0')}`, `client${i}@example.com`, first, last, '', '', '', '', 'Lyon', '', 'FR', i % 2 ? 'en' : 'fr', '', 'yes', isoSeconds(now - 90 * 24 * HOUR_MS), '']);
  }
  return csv;
};

// A cart abandoned 47 hours ago: its first message was due 23 hours ago, the second is 48 h away.
const cartsCsv = (count: number, now: number): string => {
  let csv = csvLine(['event_id', 'contact_id', 'email', 'type', 'occurred_at', 'amount', 'currency', 'status', 'reference', 'items', 'campaign', 'source']);
  for (let i = 0; i < count; i += 1) {
    csv += csvLine([`E${i}`, `B${String(i).padStart(6, '0')}`, `client${i}@example.com`, 'abandoned_cart', isoSeconds(now - 47 * HOUR_MS), '49.00', 'EUR', 'abandoned', `AC${i}`, '1× Bougie parfumée', '', 'shop']);
  }
  return csv;
};

const check = (isTrue: boolean, what: string) => {
  if (!isTrue) throw new Error(`Seeding failed: ${what}`);
};

// Seeds `dataDir` with `count` approved cart messages due now for the mailbox at `port`.
export const seedSendDatabase = async (dataDir: string, count: number, server: { port: number; certPem: string }, baselineFile: string): Promise<void> => {
  // The password in secrets.json, not a keychain entry named after this folder: every run's copy reads it.
  const booted = bootCore({ dataDir, migrationsFolder: join(root, 'db', 'migrations'), host: 'cli', secrets: createSecretStore({ dataDir, keyring: null }) });
  try {
    const settings = await call(booted, 'settings.update', {
      business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: 'https://shop.example.com' },
      promoCode: 'MERCI',
      sendWindow: { days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 },
    });
    // Pacing off: no interval between messages, no hourly or daily cap.
    const viaContract: ContractCall = (method, input) => call(booted, method, input);
    const { untrusted, trusted } = await trustTestMailbox(viaContract, testMailboxConfig(server.port, { user: SMTP_USER, fromAddress: SMTP_USER }), SMTP_PASSWORD);
    check(untrusted.certificate !== null, 'the mailbox test did not show the server certificate');
    check(trusted.ok, 'the mailbox test failed with the pinned certificate');

    const now = Date.now();
    for (const [name, csv] of [['bench-contacts.csv', contactsCsv(count, now)], ['bench-carts.csv', cartsCsv(count, now)]] as const) {
      const staged = booted.stageFile(name, Buffer.from(csv, 'utf8'));
      const { commit } = await booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
      check(commit !== null, `${name} was not imported`);
    }
    const sqlite = booted.database.sqlite;
    const facts = sqlite.prepare(`SELECT (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM contacts WHERE consent_basis = 'consent') AS consented,
      (SELECT count(*) FROM contact_events WHERE type = 'abandoned_cart') AS carts`).get() as { contacts: number; consented: number; carts: number };
    check(facts.contacts === count && facts.consented === count && facts.carts === count, `expected ${count} consenting contacts with a cart each, got ${JSON.stringify(facts)}`);
    await call(booted, 'outbox.plan', {});
    const { approved } = await call(booted, 'outbox.approveDue', {});
    check(approved === count, `${approved} messages approved instead of ${count}`);
    await writeBaselineInput(booted, settings, server, baselineFile);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    booted.close();
  }
};

// The same approved messages, rendered as Relance sends them (subject, text, HTML, its own
// Message-ID, Date and unsubscribe token), for the baseline to hand to nodemailer, which builds
// the MIME message itself as it does for any caller.
const writeBaselineInput = async (booted: Booted, settings: Settings, server: { port: number; certPem: string }, file: string): Promise<void> => {
  const sqlite = booted.database.sqlite;
  const ids = sqlite.prepare(`SELECT id FROM outbox WHERE state = 'approved' ORDER BY id`).pluck().all() as string[];
  const messages = ids.map((id) => {
    const mail = messageFor(sqlite, settings, id, { messageId: makeMessageId(randomUUID(), SMTP_USER), dateAt: Date.now(), token: randomBytes(12).toString('hex') });
    if (!mail) throw new Error(`Seeding failed: no message for ${id}`);
    return mail.outgoing;
  });
  const input: BaselineInput = { port: server.port, certPem: server.certPem, user: SMTP_USER, password: SMTP_PASSWORD, messages };
  writeFileSync(file, JSON.stringify(input));
};
