import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { markSending, recordSent } from '../sending/record-outcome';
import { dueMessages, unsubscribeToken } from '../sending/claim';
import { getSettings } from '../settings/settings-store';
import { suppressionHash } from '../respect/suppression-hash';
import { callThrough, useTempCore } from '../test-support/temp-core';
import { DAY_MS } from '../time-units';
import { backupsDir } from './backup-names';
import { CARRIED_UNKNOWN_REASON } from './carry-over';
import { restoreBackup } from './restore-backup';

// Tuesday 2026-12-01 10:00 UTC: a cart's first message falls on Wednesday 11:00 in Paris.
const START = Date.parse('2026-12-01T10:00:00Z');
const HOUR = 3_600_000;
let now = START;
const booted = useTempCore('carry-over', { now: () => new Date(now) });
const call = callThrough(booted);
const sqlite = () => booted().database.sqlite;
const dataDir = () => booted().database.file.replace(/\/relance\.db$/, '');

const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

const person = async (firstName: string) =>
  (await call('contacts.create', { firstName, email: `${firstName.toLowerCase()}@example.com`, language: 'fr', country: 'FR',
    consent: { basis: 'consent', source: 'shop', at: null } })).id;

// Seeded straight into the file, so nothing is planned until the test says so.
const cart = (contactId: string, reference: string) =>
  sqlite().prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, currency, link, source, created_at)
    VALUES (?, ?, 'abandoned_cart', ?, ?, 'EUR', 'https://shop.example.com/c', 'manual', ?)`)
    .run(`E-${reference}`, contactId, START, reference, START);

type Row = { id: string; contactId: string; step: number; state: string; reason: string; messageId: string | null };
const rows = (contactId: string): Row[] =>
  sqlite().prepare(`SELECT id, contact_id AS contactId, step, state, reason, message_id AS messageId FROM outbox WHERE contact_id = ? ORDER BY step, id`)
    .all(contactId) as Row[];
const firstStep = (contactId: string): Row => rows(contactId).find((row) => row.step === 1)!;

// After a backup: the person deleted, then added again (another contact id) with the same cart,
// and the outbox planned.
const addedAgain = async (id: string, add: () => Promise<string>, reference: string): Promise<string> => {
  await call('contacts.delete', { id });
  const again = await add();
  cart(again, reference);
  await call('outbox.plan', {});
  return again;
};

// What the sender does with an approved message (claim.ts, send-pass.ts): queued with its
// Message-ID, `sending` before DATA, then `sent` on the server's answer, or left in `sending`
// when the connection dies after the message was handed over.
const send = (row: Row, { answered = true } = {}) => {
  const messageId = `<${row.id}@example.com>`;
  sqlite().prepare(`UPDATE outbox SET state = 'queued', message_id = ?, date_at = ?, attempts = attempts + 1, attempted_at = ? WHERE id = ?`)
    .run(messageId, now, now, row.id);
  expect(markSending(sqlite(), row.id, now)).toBe(true);
  unsubscribeToken(sqlite(), row.contactId, now);
  if (answered) recordSent(sqlite(), { id: row.id, contactId: row.contactId, program: 'cart-recovery', step: row.step, messageId }, { code: 250, response: '250 OK' }, now);
};

describe('a restore never sends twice and never forgets a stop', () => {
  it('carries over what the replaced database sent and who in it said stop', async () => {
    now = START;
    await call('settings.update', { business });
    const [ana, bob, cara, dan, eve] = [await person('Ana'), await person('Bob'), await person('Cara'), await person('Dan'), await person('Eve')];
    for (const [id, reference] of [[ana, 'C1'], [cara, 'C3'], [dan, 'C4']] as const) cart(id, reference);
    await call('outbox.plan', {});
    // Bob's cart came just before the backup: nothing was planned for it yet.
    cart(bob, 'C2');
    const backup = await call('backups.create', {});

    // After the backup: the owner approves Ana's first message and it goes; Bob's is planned and
    // goes; Cara's connection dies after handing hers over; Dan unsubscribes, Eve is erased.
    now = START + 25 * HOUR;
    await call('outbox.plan', {});
    await call('outbox.approve', { id: firstStep(ana).id });
    send(firstStep(ana));
    send(firstStep(bob));
    await call('outbox.approve', { id: firstStep(cara).id });
    send(firstStep(cara), { answered: false });
    await call('contacts.unsubscribe', { id: dan });
    await call('contacts.erase', { id: eve });
    const sentIds = [firstStep(ana).messageId, firstStep(bob).messageId];

    now = START + 26 * HOUR;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.carried).toEqual({ sends: 3, stops: 2 });

    expect(firstStep(ana)).toMatchObject({ state: 'sent', messageId: sentIds[0] });
    expect(firstStep(bob)).toMatchObject({ state: 'sent', messageId: sentIds[1] });
    expect(firstStep(cara).state).toBe('unknown');
    expect(firstStep(cara).reason).toContain(CARRIED_UNKNOWN_REASON);
    // The timeline says they went, as it did before the restore.
    // Their unsubscribe links still find them.
    const tokens = sqlite().prepare('SELECT contact_id FROM unsubscribe_tokens ORDER BY contact_id').pluck().all();
    expect(tokens).toEqual(expect.arrayContaining([ana, bob]));
    const notes = sqlite().prepare(`SELECT reference FROM contact_events WHERE type = 'message_sent' ORDER BY reference`).pluck().all();
    expect(notes).toEqual([...sentIds].sort());

    // Dan is unsubscribed again, with nothing left to send; Eve is gone again, her address listed.
    const danRow = sqlite().prepare('SELECT unsubscribed_at FROM contacts WHERE id = ?').pluck().get(dan);
    expect(danRow).toBe(START + 25 * HOUR);
    expect(sqlite().prepare('SELECT count(*) FROM contacts WHERE id = ? OR email = ?').pluck().get(eve, 'eve@example.com')).toBe(0);
    expect(sqlite().prepare('SELECT reason FROM suppressions WHERE hash = ?').pluck().get(suppressionHash('eve@example.com'))).toBe('erased');
    expect(sqlite().prepare(`SELECT count(*) FROM outbox WHERE contact_id = ?`).pluck().get(eve)).toBe(0);

    // The planner plans again and the sender looks far ahead: nothing goes twice, nothing goes to Dan.
    await call('outbox.plan', {});
    for (const id of [ana, bob, cara]) expect(rows(id).filter((row) => row.step === 1)).toHaveLength(1);
    expect(firstStep(ana).state).toBe('sent');
    expect(firstStep(bob).state).toBe('sent');
    expect(firstStep(cara).state).toBe('unknown');
    expect(rows(dan).every((row) => row.state === 'cancelled')).toBe(true);
    const settings = getSettings({ db: booted().database.db });
    await call('outbox.approve', { id: rows(ana).find((row) => row.step === 2)!.id });
    const due = dueMessages(sqlite(), settings, now + 30 * DAY_MS).map((row) => row.id);
    expect(due).toEqual([rows(ana).find((row) => row.step === 2)!.id]);
    now = START;
  });

  it('knows a send to a person deleted and added again after the backup, under the contact id the backup has', async () => {
    now = START;
    await call('settings.update', { business, cartRecovery: { isEnabled: true, isAutomatic: true } });
    const ana = await person('Ana');
    cart(ana, 'C1');
    const backup = await call('backups.create', {});

    // After the backup: Ana is deleted, added again (another contact id) with the same cart, and
    // its first message goes to her by itself.
    now = START + 25 * HOUR;
    const again = await addedAgain(ana, () => person('Ana'), 'C1');
    send(firstStep(again));
    const sentId = firstStep(again).messageId;

    now = START + 26 * HOUR;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.carried).toEqual({ sends: 1, stops: 0 });
    expect(rows(again)).toEqual([]);
    expect(firstStep(ana)).toMatchObject({ state: 'sent', messageId: sentId });
    const notes = sqlite().prepare(`SELECT contact_id FROM contact_events WHERE type = 'message_sent' AND reference = ?`).pluck().all(sentId);
    expect(notes).toEqual([ana]);
    expect(sqlite().prepare('SELECT contact_id FROM unsubscribe_tokens').pluck().all()).toEqual([ana]);

    // Planned again and looked at far ahead by the sender: the first message does not go again.
    await call('outbox.plan', {});
    expect(rows(ana).filter((row) => row.step === 1)).toHaveLength(1);
    expect(firstStep(ana).state).toBe('sent');
    const settings = getSettings({ db: booted().database.db });
    const due = dueMessages(sqlite(), settings, now + 30 * DAY_MS);
    expect(due.length).toBeGreaterThan(0);
    expect(due.filter((row) => row.step === 1)).toEqual([]);
    now = START;
  });

  it('marks sent the planned message of the backup to a person who got it under another contact id', async () => {
    now = START;
    await call('settings.update', { business });
    const ana = await person('Ana');
    cart(ana, 'C1');
    await call('outbox.plan', {});
    const planned = firstStep(ana);
    expect(planned.state).toBe('scheduled');
    const backup = await call('backups.create', {});

    now = START + 25 * HOUR;
    const again = await addedAgain(ana, () => person('Ana'), 'C1');
    await call('outbox.approve', { id: firstStep(again).id });
    send(firstStep(again));
    const sentId = firstStep(again).messageId;

    now = START + 26 * HOUR;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.carried).toEqual({ sends: 1, stops: 0 });
    expect(rows(ana).filter((row) => row.step === 1)).toEqual([expect.objectContaining({ id: planned.id, state: 'sent', messageId: sentId })]);
    await call('outbox.plan', {});
    expect(rows(ana).filter((row) => row.step === 1)).toEqual([expect.objectContaining({ id: planned.id, state: 'sent' })]);
    now = START;
  });

  it('knows a text sent by hand to a person without an address, added again after the backup, by the number', async () => {
    now = START;
    await call('settings.update', { business });
    const byPhone = async () =>
      (await call('contacts.create', { firstName: 'Paco', phone: '+33 6 12 34 56 78', language: 'fr', country: 'FR',
        consent: { basis: 'consent', source: 'shop', at: null } })).id;
    const paco = await byPhone();
    cart(paco, 'C9');
    const backup = await call('backups.create', {});

    // After the backup: Paco is deleted, added again with the same number, and the owner texts
    // the cart's first message from their phone.
    now = START + 25 * HOUR;
    const again = await addedAgain(paco, byPhone, 'C9');
    const texted = await call('outbox.markSent', { id: firstStep(again).id });
    expect(texted).toMatchObject({ channel: 'sms', state: 'sent' });

    now = START + 26 * HOUR;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.carried).toEqual({ sends: 1, stops: 0 });
    await call('outbox.plan', {});
    expect(rows(paco).filter((row) => row.step === 1)).toEqual([expect.objectContaining({ state: 'sent' })]);
    now = START;
  });

  it('leaves a text sent by hand with its person when another contact shares the number', async () => {
    now = START;
    await call('settings.update', { business });
    await call('contacts.create', { firstName: 'Marie', email: 'marie@example.com', phone: '+33 6 12 34 56 78', language: 'fr', country: 'FR',
      consent: { basis: 'consent', source: 'shop', at: null } });
    const paco = (await call('contacts.create', { firstName: 'Paco', phone: '+33 6 12 34 56 78', language: 'fr', country: 'FR',
      consent: { basis: 'consent', source: 'shop', at: null } })).id;
    cart(paco, 'C9');
    await call('outbox.plan', {});
    const backup = await call('backups.create', {});

    now = START + 25 * HOUR;
    await call('outbox.markSent', { id: firstStep(paco).id });
    now = START + 26 * HOUR;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.carried).toEqual({ sends: 1, stops: 0 });
    expect(sqlite().prepare("SELECT contact_id FROM outbox WHERE state = 'sent'").pluck().all()).toEqual([paco]);
    now = START;
  });

  it('keeps a complaint opened after the backup open', async () => {
    now = START;
    const ana = await person('Ana');
    const backup = await call('backups.create', {});
    now = START + HOUR;
    await call('contacts.setComplaint', { id: ana, isOpen: true });

    now = START + 2 * HOUR;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.carried).toEqual({ sends: 0, stops: 1 });
    expect(sqlite().prepare('SELECT complaint_open_since FROM contacts WHERE id = ?').pluck().get(ana)).toBe(START + HOUR);
    now = START;
  });

  it('keeps Uncertain a message an earlier restore held, though the backup has it only planned', async () => {
    now = START;
    await call('settings.update', { business });
    const ana = await person('Ana');
    cart(ana, 'C1');
    await call('outbox.plan', {});
    const backup = await call('backups.create', {});
    // An earlier restore held Ana's first message (never attempted, so no attempted_at): it may
    // have gone after that restore's backup.
    sqlite().prepare(`UPDATE outbox SET state = 'unknown', reason = 'on hold: restored from a backup, check before sending' WHERE id = ?`)
      .run(firstStep(ana).id);

    now = START + HOUR;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.carried).toEqual({ sends: 1, stops: 0 });
    expect(firstStep(ana).state).toBe('unknown');
    now = START;
  });

  it('restores as before when the database being replaced cannot be read, and says nothing could be carried over', async () => {
    now = START;
    await person('Ana');
    const backup = await call('backups.create', {});
    const source = join(backupsDir(dataDir()), backup.name);
    const other = mkdtempSync(join(tmpdir(), 'relance-carry-damaged-'));
    try {
      // A database file that is not one any more (overwritten from its first page on).
      writeFileSync(join(other, 'relance.db'), Buffer.alloc(64 * 1024, 0x5a));
      const restored = await restoreBackup({ dataDir: other, source, migrationsFolder: 'db/migrations', now: new Date(now) });
      expect(restored.carried).toBeNull();
      expect(restored.keptAs).not.toBeNull();
      expect(readFileSync(restored.keptAs!).subarray(0, 16)).toEqual(Buffer.alloc(16, 0x5a));
      const file = new Database(join(other, 'relance.db'), { readonly: true });
      expect(file.prepare('SELECT email FROM contacts').pluck().all()).toEqual(['ana@example.com']);
      file.close();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
