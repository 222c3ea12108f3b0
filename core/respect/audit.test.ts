import { describe, expect, it } from 'vitest';
import { testMailboxConfig } from '../mail/test-support/trusted-mailbox';
import { suppressContact } from '../reading/mail-effects';
import { recordFailure } from '../sending/record-outcome';
import { callThrough, useTempCore } from '../test-support/temp-core';
import { recordAudit } from './audit-log';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const booted = useTempCore('audit', { now: () => new Date(NOW) });
const call = callThrough(booted);
const sqlite = () => booted().database.sqlite;

// The entries of one kind: other changes (a consent given on creation) have their own.
const entries = async (action: string) => (await call('audit.list', {})).rows.filter((row) => row.action === action);
const person = async (email: string) => (await call('contacts.create', { firstName: 'Ana', lastName: 'Lima', email })).id;

describe('the privacy log', () => {
  it('lists entries newest first, a page at a time', async () => {
    for (let i = 0; i < 5; i += 1) recordAudit(sqlite(), { action: 'consent', origin: 'ui', contactId: `c${i}`, detail: `change ${i}` }, NOW + i * 1000);
    const first = await call('audit.list', { offset: 0, limit: 2 });
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => r.contactId)).toEqual(['c4', 'c3']);
    expect(first.rows[0]).toMatchObject({ action: 'consent', origin: 'ui', at: '2026-12-01T10:00:04.000Z', detail: 'change 4' });
    const last = await call('audit.list', { offset: 4, limit: 2 });
    expect(last.rows.map((r) => r.contactId)).toEqual(['c0']);
  });

  it('exports the whole log as CSV, oldest first, safe to open in a spreadsheet', async () => {
    recordAudit(sqlite(), { action: 'erase', origin: 'cli', contactId: 'c1', detail: 'contact 1, events 2' }, NOW);
    recordAudit(sqlite(), { action: 'mailbox', origin: 'ui', detail: '=HYPERLINK("x")' }, NOW + 1000);
    const { fileName, csv } = await call('audit.exportCsv', {});
    expect(fileName).toBe('relance-privacy-log-2026-12-01.csv');
    expect(csv).toBe(
      'time,action,origin,contact_id,detail\r\n' +
        '2026-12-01T10:00:00.000Z,erase,cli,c1,"contact 1, events 2"\r\n' +
        `2026-12-01T10:00:01.000Z,mailbox,ui,,"'=HYPERLINK(""x"")"\r\n`,
    );
  });

  it('records a saved mailbox, saying whether the password changed but never what it is', async () => {
    await call('mailbox.save', { config: testMailboxConfig(2525), password: 'tr3s-secret' });
    const rows = await entries('mailbox');
    expect(rows).toEqual([expect.objectContaining({ action: 'mailbox', origin: 'cli', contactId: null, detail: 'saved: SMTP 127.0.0.1, no IMAP, password changed' })]);
    expect(JSON.stringify(rows)).not.toContain('tr3s-secret');
  });

  it('records a suppression by the mailbox reader once, with the contact id and no address', async () => {
    const id = await person('ana@example.com');
    suppressContact(sqlite(), id, 'unsubscribed', NOW);
    suppressContact(sqlite(), id, 'unsubscribed', NOW + 1000);
    const rows = await entries('suppress');
    expect(rows).toEqual([expect.objectContaining({ action: 'suppress', origin: 'mailbox', contactId: id, detail: 'unsubscribed (read from the mailbox)' })]);
    expect(JSON.stringify(rows)).not.toContain('ana@example.com');
  });

  it('records a suppression after a bounce when sending', async () => {
    const id = await person('gone@example.com');
    sqlite()
      .prepare(`INSERT INTO outbox (id, dedupe_key, contact_id, program, step, anchor, channel, language, due_at, scheduled_at, state, reason, created_at, updated_at)
        VALUES ('m1', 'k1', ?, 'reactivation', 1, 'a', 'email', 'fr', ?, ?, 'sending', '', ?, ?)`)
      .run(id, NOW, NOW, NOW, NOW);
    const message = { id: 'm1', contactId: id, program: 'reactivation' as const, step: 1, messageId: '<m1@example.com>', attempts: 1 };
    recordFailure(sqlite(), message, { kind: 'failed', why: 'the address does not exist (bounce)', suppress: true }, { code: 550, response: '5.1.1 no such user' }, NOW);
    const rows = await entries('suppress');
    expect(rows).toEqual([expect.objectContaining({ action: 'suppress', origin: 'mailbox', contactId: id, detail: 'bounced (SMTP answer to message m1)' })]);
  });
});
