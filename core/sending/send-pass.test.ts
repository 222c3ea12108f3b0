import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, OutboxEntry } from '../../api';
import { startTestServer, type Behaviour, type TestServer } from '../mail/test-support/smtp-test-server';
import { testMailboxConfig, trustTestMailbox } from '../mail/test-support/trusted-mailbox';
import { callThrough, useTempCore } from '../test-support/temp-core';
import { acquireLease } from './lease';

// Sending end to end through core's contract, against a real SMTP server on loopback (STARTTLS,
// AUTH, scripted per recipient) and a real SQLite file: what each answer does to the message,
// the mailbox and the contact.
const HOUR = 3_600_000;
// Monday 2026-03-09 09:00 UTC (10:00 in Paris): a cart abandoned then is due Tuesday 10:00.
const T = Date.UTC(2026, 2, 9, 9);
let now = T;
const clock = { now: () => new Date(now) };
const booted = useTempCore('send-pass', clock);
const call = callThrough(booted);

const SCRIPT: Record<string, Behaviour> = {
  gone: { kind: 'rcpt', code: 550, text: '5.1.1 The email account that you tried to reach does not exist' },
  later: { kind: 'rcpt', code: 450, text: '4.2.1 Mailbox busy, try later' },
  cut: { kind: 'cut-after-dot' },
  quota: { kind: 'data', code: 550, text: '5.4.5 Daily user sending limit exceeded' },
};
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ script: (to) => SCRIPT[to.split('@')[0]!] ?? { kind: 'accept' } });
});
afterAll(() => server.close());

const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };
// Sets up the mailbox as an owner does: save, test, see the certificate, trust it.
const setUpMailbox = async (extra: Partial<MethodInput<'mailbox.save'>['config']> = {}) => {
  const { untrusted, trusted } = await trustTestMailbox(call, testMailboxConfig(server.port, extra));
  expect(untrusted).toMatchObject({ ok: false, problem: 'certificate' });
  expect(trusted).toMatchObject({ ok: true });
};

beforeEach(async () => {
  now = T;
  server.deliveries.length = 0;
  await call('settings.update', { business, promoCode: 'MERCI', sendWindow: { days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 } });
});

let seq = 0;
const cartFor = async (local: string) => {
  seq += 1;
  const contact = await call('contacts.create', { firstName: 'Zoé', lastName: `Test${seq}`, email: `${local}@example.com`, language: 'fr', country: 'FR',
    consent: { basis: 'consent', source: 'shop', at: null } });
  await call('events.log', { contactId: contact.id, type: 'abandoned_cart', occurredAt: new Date(T).toISOString(), amount: '49.00', currency: 'EUR' });
  return contact.id;
};
const rows = async (contactId: string): Promise<OutboxEntry[]> => {
  const views = ['today', 'upcoming', 'attention', 'sent', 'failed', 'unknown'] as const;
  const pages = await Promise.all(views.map((view) => call('outbox.list', { view, contactId })));
  return pages.flatMap((p) => p.rows).sort((a, b) => a.step - b.step);
};
const approveFirst = async (contactId: string) => {
  const [first] = await rows(contactId);
  await call('outbox.approve', { id: first!.id });
  return first!;
};

describe('sending through the owner\'s mailbox', () => {
  it('sends an approved cart message once, with its Message-ID, unsubscribe header and timeline entry', async () => {
    await setUpMailbox();
    const ana = await cartFor('ana');
    const first = await approveFirst(ana);
    now = T + 25 * HOUR;
    const summary = await call('outbox.sendDue', {});
    expect(summary).toMatchObject({ sent: 1, failed: 0, waiting: 0 });
    const [sent] = await rows(ana);
    expect(sent).toMatchObject({ id: first.id, state: 'sent', smtpCode: 250, enhancedCode: '2.0.0' });
    expect(sent!.messageId).toMatch(/^<[\w-]+@example\.com>$/);
    expect(server.deliveries).toHaveLength(1);
    const parsed = await simpleParser(server.deliveries[0]!.raw);
    expect(parsed.messageId).toBe(sent!.messageId);
    expect(parsed.date?.getTime()).toBe(T + 25 * HOUR);
    expect(parsed.to).toMatchObject({ value: [{ address: 'ana@example.com', name: `Zoé Test${seq}` }] });
    expect(parsed.text).toContain('3 rue des Lilas');
    const header = /List-Unsubscribe: <(mailto:owner@example\.com\?subject=unsubscribe%20[0-9a-f]{24})>/.exec(server.deliveries[0]!.raw.toString());
    expect(header).not.toBeNull();
    // The footer's unsubscribe address is the header's, with the person's token.
    expect(parsed.text).toContain(`ou désabonnez-vous ici : ${header![1]}`);
    expect(parsed.html).toContain(`<a href="${header![1]}">`);
    const timeline = await call('timeline.list', { contactId: ana, offset: 0, limit: 10 });
    expect(timeline.rows.find((e) => e.type === 'message_sent')?.note).toBe('Cart 1 of 3 sent');
    // The password is in the secret store's file, never in the database (nor its WAL).
    const sqlite = booted().database.sqlite;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const { readFileSync, existsSync } = await import('node:fs');
    const file = booted().database.file;
    for (const path of [file, `${file}-wal`]) if (existsSync(path)) expect(readFileSync(path).includes('s3cret')).toBe(false);
    expect((await call('mailbox.get', {})).secretStore).toBe('file');
    // A second pass finds nothing more to send.
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 0 });
    expect(server.deliveries).toHaveLength(1);
  });

  it('plans the review reminder once the request went, without waiting for the next re-plan', async () => {
    await setUpMailbox();
    await call('settings.update', { googlePlaceId: 'ChIJ-example' });
    const bea = (await call('contacts.create', { firstName: 'Béa', email: 'bea@example.com', language: 'fr', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null } })).id;
    await call('events.log', { contactId: bea, type: 'delivery', occurredAt: new Date(T - 6 * 24 * HOUR).toISOString() });
    const [request] = await rows(bea);
    expect([request!.program, request!.step]).toEqual(['review-request', 1]);
    await call('outbox.approve', { id: request!.id });
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 1 });
    expect((await rows(bea)).map((m) => [m.step, m.state])).toEqual([[1, 'sent'], [2, 'scheduled']]);
  });

  it('fails a 5.1.1 bounce, suppresses the address and stops the sequence', async () => {
    await setUpMailbox();
    const gone = await cartFor('gone');
    await approveFirst(gone);
    now = T + 25 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ failed: 1, sent: 0 });
    const [first, second, third] = await rows(gone);
    expect(first).toMatchObject({ state: 'failed', smtpCode: 550, enhancedCode: '5.1.1' });
    expect([second!.state, third!.state]).toEqual(['cancelled', 'cancelled']);
    const suppressed = booted().database.sqlite.prepare('SELECT count(*) FROM suppressions').pluck().get();
    expect(suppressed).toBe(1);
    const timeline = await call('timeline.list', { contactId: gone, offset: 0, limit: 10 });
    expect(timeline.rows.some((e) => e.type === 'bounced')).toBe(true);
  });

  it('defers a 450 with back-off, tries it once per pass, and again when its time comes', async () => {
    await setUpMailbox();
    const later = await cartFor('later');
    await approveFirst(later);
    now = T + 25 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ deferred: 1 });
    const [first] = await rows(later);
    expect(first).toMatchObject({ state: 'deferred', attempts: 1, smtpCode: 450 });
    expect(Date.parse(first!.nextAttemptAt!) - now).toBeGreaterThanOrEqual(12 * 60_000);
    expect(await call('outbox.sendDue', {})).toMatchObject({ deferred: 0, sent: 0 });
    now = Date.parse(first!.nextAttemptAt!);
    expect(await call('outbox.sendDue', {})).toMatchObject({ deferred: 1 });
    expect((await rows(later))[0]).toMatchObject({ attempts: 2, state: 'deferred' });
  });

  it('leaves a message cut after the final dot unknown, never retried by itself; sent again on request with the same Message-ID', async () => {
    await setUpMailbox();
    const cut = await cartFor('cut');
    await approveFirst(cut);
    now = T + 25 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ unknown: 1 });
    const [first] = await rows(cut);
    expect(first!.state).toBe('unknown');
    now += 48 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ unknown: 0, sent: 0 });
    expect((await call('outbox.list', { view: 'unknown' })).counts.unknown).toBe(1);
    const retried = await call('outbox.retry', { id: first!.id });
    expect(retried.state).toBe('queued');
    expect(retried.messageId).toBe(first!.messageId);
    const dropped = await call('outbox.drop', { id: first!.id }).catch((error: Error) => error.message);
    expect(dropped).toMatch(/only a message whose delivery is unknown/);
  });

  it('keeps a dropped message dropped when the outbox is planned again', async () => {
    await setUpMailbox();
    const cut = await cartFor('cut');
    await approveFirst(cut);
    now = T + 25 * HOUR;
    await call('outbox.sendDue', {});
    const [first] = await rows(cut);
    expect((await call('outbox.drop', { id: first!.id })).state).toBe('cancelled');
    await call('outbox.plan', {});
    expect((await rows(cut))[0]).toMatchObject({ id: first!.id, state: 'cancelled' });
  });

  it('pauses the whole mailbox on a wrong password and goes on after the owner fixes it', async () => {
    await setUpMailbox();
    await call('mailbox.save', { config: (await call('mailbox.get', {})).config!, password: 'wrong' });
    const ana = await cartFor('ana');
    await approveFirst(ana);
    now = T + 25 * HOUR;
    const summary = await call('outbox.sendDue', {});
    expect(summary.paused).toBe(1);
    expect(summary.mailboxPaused).toMatch(/refused the user name or password/);
    expect(summary.stoppedBy).toBe('auth');
    expect((await call('mailbox.get', {})).pause?.reason).toMatch(/password/);
    expect(server.deliveries).toHaveLength(0);
    await call('mailbox.save', { config: (await call('mailbox.get', {})).config!, password: 's3cret' });
    expect((await call('mailbox.get', {})).pause).toBeNull();
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 1 });
  });

  it('pauses on a quota answer until the quota frees, keeping the rest waiting', async () => {
    await setUpMailbox();
    const quota = await cartFor('quota');
    const ana = await cartFor('ana');
    await approveFirst(quota);
    await approveFirst(ana);
    now = T + 25 * HOUR;
    const summary = await call('outbox.sendDue', {});
    expect(summary).toMatchObject({ paused: 1, sent: 0, waiting: 1 });
    expect((await call('mailbox.get', {})).pause?.until).toBe(new Date(now + 24 * HOUR).toISOString());
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 0, waiting: 1, stoppedBy: 'quota' });
    expect((await rows(quota))[0]!.state).toBe('paused');
    // Once the quota window has passed, the paused message goes again by itself.
    now += 24 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ paused: 1 });
  });

  it('pauses for an hour on a 421 "slow down" at MAIL FROM, without losing the message', async () => {
    await setUpMailbox();
    const ana = await cartFor('ana');
    await approveFirst(ana);
    now = T + 25 * HOUR;
    server.answerMailWith({ code: 421, text: '4.7.0 Too many messages, slow down' });
    try {
      expect(await call('outbox.sendDue', {})).toMatchObject({ paused: 1, sent: 0 });
    } finally {
      server.answerMailWith(null);
    }
    expect((await call('mailbox.get', {})).pause).toMatchObject({ why: 'rate', until: new Date(now + HOUR).toISOString() });
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 0 });
    now += HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 1 });
    expect(server.deliveries).toHaveLength(1);
  });

  it('keeps to the hourly cap from the sent log, and spreads the rest', async () => {
    await setUpMailbox({ hourlyCap: 2 });
    for (const name of ['a1', 'a2', 'a3']) await approveFirst(await cartFor(name));
    now = T + 25 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 2, waiting: 1 });
    now += HOUR + 1000;
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 1, waiting: 0 });
  });

  it('checks again at the last moment: an unsubscribe after approval cancels the message', async () => {
    await setUpMailbox();
    const ana = await cartFor('ana');
    await approveFirst(ana);
    // Written straight to the file, as another process would: nothing re-planned since the approval.
    booted().database.sqlite.prepare('UPDATE contacts SET unsubscribed_at = ? WHERE id = ?').run(T + HOUR, ana);
    now = T + 25 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 0 });
    expect((await rows(ana)).every((m) => m.state === 'cancelled')).toBe(true);
    expect(server.deliveries).toHaveLength(0);
  });

  it('sends nothing while another live process holds the lease, and takes over from a dead one', async () => {
    await setUpMailbox();
    await approveFirst(await cartFor('ana'));
    now = T + 25 * HOUR;
    const sqlite = booted().database.sqlite;
    expect(acquireLease(sqlite, { holder: 'the Relance app', pid: process.ppid, now }).ok).toBe(true);
    expect((await call('outbox.sendDue', {})).busyWith).toMatch(/the Relance app \(process \d+\)/);
    // A holder that is gone (pid 2^22, beyond any pid here) loses the lease at once.
    sqlite.prepare(`UPDATE leases SET pid = 4194304`).run();
    sqlite.prepare(`UPDATE outbox SET state = 'sending' WHERE step = 2`).run();
    expect(await call('outbox.sendDue', {})).toMatchObject({ sent: 1, busyWith: null });
    expect(sqlite.prepare(`SELECT state FROM outbox WHERE step = 2`).pluck().get()).toBe('unknown');
  });
});
