import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxEntry, TimelineEvent } from '../../api';
import { startDovecot, type DovecotServer } from '../mail/test-support/dovecot-server';
import { startTestServer, type TestServer } from '../mail/test-support/smtp-test-server';
import { testMailboxConfig, trustTestImap, trustTestMailbox } from '../mail/test-support/trusted-mailbox';
import { callThrough, useTempCore } from '../test-support/temp-core';

// Reading the owner's mailbox end to end (C7): a real SMTP server takes the messages, a real
// Dovecot holds the mailbox the owner would read, and the same code as production reads it.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-03-09 09:00 UTC: a cart abandoned then is due Tuesday.
const T = Date.UTC(2026, 2, 9, 9);
let now = T;
const clock = { now: () => new Date(now) };
const booted = useTempCore('check-mail', clock);
const call = callThrough(booted);
const FIXTURES = join(__dirname, '../../../shared/fixtures/mail');

let smtp: TestServer;
let imap: DovecotServer;
beforeAll(async () => {
  smtp = await startTestServer({ script: (to) => (to.startsWith('cut') ? { kind: 'cut-after-dot' } : { kind: 'accept' }) });
});
afterAll(() => smtp.close());
beforeEach(async () => {
  now = T;
  smtp.deliveries.length = 0;
  smtp.cut.length = 0;
  imap = await startDovecot();
  const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'owner@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };
  await call('settings.update', { business, promoCode: 'MERCI', sendWindow: { days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 } });
  expect((await trustTestMailbox(call, testMailboxConfig(smtp.port))).trusted.ok).toBe(true);
  const { untrusted, trusted } = await trustTestImap(call, imap.port);
  expect(untrusted).toMatchObject({ ok: false, problem: 'certificate' });
  expect(trusted).toMatchObject({ ok: true });
});
afterEach(() => imap.close());

const sqlite = () => booted().database.sqlite;

const cartFor = async (email: string) => {
  const contact = await call('contacts.create', { firstName: 'Zoé', lastName: 'Martin', email, language: 'fr', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null } });
  await call('events.log', { contactId: contact.id, type: 'abandoned_cart', occurredAt: new Date(T).toISOString(), amount: '49.00', currency: 'EUR' });
  return contact.id;
};
const rows = async (contactId: string): Promise<OutboxEntry[]> => {
  const views = ['today', 'upcoming', 'attention', 'sent', 'failed', 'unknown'] as const;
  const pages = await Promise.all(views.map((view) => call('outbox.list', { view, contactId })));
  return pages.flatMap((p) => p.rows).sort((a, b) => a.step - b.step);
};
const timeline = async (contactId: string): Promise<TimelineEvent[]> => (await call('timeline.list', { contactId })).rows;

// Cart 1 approved and sent through the SMTP server; returns its Message-ID.
const sendFirstCart = async (contactId: string): Promise<string> => {
  const [first] = await rows(contactId);
  await call('outbox.approve', { id: first!.id });
  now = T + 25 * HOUR;
  await call('outbox.sendDue', {});
  const [sent] = await rows(contactId);
  expect(sent!.messageId).not.toBeNull();
  return sent!.messageId!;
};

const mail = (headers: Record<string, string>, body: string): string =>
  `${Object.entries({ Date: new Date(now).toUTCString(), 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', ...headers })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`;

const allFlags = async () => ({ inbox: await imap.flagsOf('INBOX'), junk: await imap.flagsOf('Junk'), sent: await imap.flagsOf('Sent') });

describe('relance reads the owner\'s mailbox', () => {
  it('a reply to cart 1 stops carts 2 and 3, lands on the timeline, and no flag changes', async () => {
    const zoe = await cartFor('zoe@example.com');
    const messageId = await sendFirstCart(zoe);
    await imap.append('INBOX', mail({ From: 'Someone <unrelated@example.net>', To: 'owner@example.com', Subject: 'Lunch?', 'Message-ID': '<lunch@example.net>' }, 'See you at noon.'));
    await imap.append('INBOX', mail({
      From: 'Zoé <zoe.martin@example.org>', To: 'owner@example.com', Subject: 'Re: Votre panier', 'Message-ID': '<reply-1@example.org>', 'In-Reply-To': messageId,
    }, `Je l'ai acheté en boutique samedi, merci !\n\nLe mar. 10 mars 2026 à 10:00, Claire <owner@example.com> a écrit :\n> Votre panier vous attend`), { flags: ['\\Seen'] });
    await imap.append('Junk', mail({ From: 'Promo <promo@example.net>', To: 'owner@example.com', Subject: 'WIN', 'Message-ID': '<spam@example.net>' }, 'Click.'));
    const before = await allFlags();

    const summary = await call('mailbox.checkMail', {});
    expect(summary).toMatchObject({ lookedAt: 3, replies: 1, autoReplies: 0, bounces: 0, complaints: 0, unsubscribes: 0, problem: null });

    const reply = (await timeline(zoe)).find((e) => e.type === 'reply')!;
    expect(reply).toMatchObject({ source: 'mailbox', status: 'Re: Votre panier', note: "Je l'ai acheté en boutique samedi, merci !" });
    const [, second, third] = await rows(zoe);
    for (const step of [second!, third!]) {
      expect(step.state).toBe('cancelled');
      expect(step.reason).toContain('they replied');
    }
    expect((await call('replies.list', {})).rows).toMatchObject([{ contactId: zoe, kind: 'reply', subject: 'Re: Votre panier' }]);
    // The unrelated message leaves no trace; reading again acts on nothing twice.
    expect(sqlite().prepare('SELECT count(*) FROM mail_seen').pluck().get()).toBe(1);
    expect(await call('mailbox.checkMail', {})).toMatchObject({ lookedAt: 0, replies: 0 });
    expect(await allFlags()).toEqual(before);
  });

  it('an out-of-office moves the next step to the return date and stops nothing', async () => {
    const zoe = await cartFor('zoe@example.com');
    const messageId = await sendFirstCart(zoe);
    await imap.append('INBOX', mail({
      From: 'zoe@example.com', To: 'owner@example.com', Subject: 'Réponse automatique : Votre panier', 'Auto-Submitted': 'auto-replied',
      'Message-ID': '<ooo-1@example.com>', 'In-Reply-To': messageId,
    }, 'Bonjour, je suis absente du bureau et serai de retour le 23 mars 2026.'));
    expect(await call('mailbox.checkMail', {})).toMatchObject({ replies: 0, autoReplies: 1 });
    const [, second, third] = await rows(zoe);
    expect(second!.state).not.toBe('cancelled');
    expect(Date.parse(second!.scheduledAt)).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 23));
    expect(second!.reason).toContain('away until 2026-03-23');
    expect(Date.parse(third!.scheduledAt) - Date.parse(second!.scheduledAt)).toBeGreaterThanOrEqual(48 * HOUR);
    expect((await timeline(zoe)).map((e) => e.type)).toContain('auto_reply');
  });

  it('a 5.1.1 report from a real mail system fails the message and suppresses the address; a re-import does not bring it back', async () => {
    // Exim's real bounce, for the fixture's own failed recipient.
    const expected = (JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as { file: string; status: string; hard: boolean; recipient_parsed?: string }[])
      .find((row) => row.hard && row.status === '5.1.1' && row.recipient_parsed && row.file.startsWith('bounces/lhost-exim'))!;
    const person = await cartFor(expected.recipient_parsed!);
    await sendFirstCart(person);
    await imap.append('INBOX', readFileSync(join(FIXTURES, expected.file)));
    expect(await call('mailbox.checkMail', {})).toMatchObject({ bounces: 1 });
    const [first, second] = await rows(person);
    expect(first).toMatchObject({ state: 'failed', enhancedCode: '5.1.1' });
    expect(second!.state).toBe('cancelled');
    expect((await timeline(person)).find((e) => e.type === 'bounced')).toMatchObject({ source: 'mailbox', status: 'userunknown' });

    await call('contacts.delete', { id: person });
    const { fileId } = booted().stageFile('clients.csv', new TextEncoder().encode(`email,first_name\n${expected.recipient_parsed!.toUpperCase()},Kiji\n`));
    const preview = await call('imports.preview', { fileId, mapping: null, mode: 'update', country: 'FR' });
    expect(preview.counts).toMatchObject({ create: 0, reject: 1 });
  });

  it('a mailbox-full report is noted and counted, not suppressed', async () => {
    const person = await cartFor('full@example.com');
    const messageId = await sendFirstCart(person);
    await imap.append('INBOX', mail({
      From: 'Mail Delivery System <MAILER-DAEMON@mx.example.com>', To: 'owner@example.com', Subject: 'Undelivered Mail Returned to Sender',
      'Content-Type': 'multipart/report; report-type=delivery-status; boundary="b1"', 'Message-ID': '<dsn-1@mx.example.com>', 'Auto-Submitted': 'auto-replied',
    }, `--b1\nContent-Type: text/plain\n\nThe mailbox is full.\n\n--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; full@example.com\nAction: failed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n\n--b1\nContent-Type: text/rfc822-headers\n\nMessage-ID: ${messageId}\nTo: full@example.com\n\n--b1--\n`));
    expect(await call('mailbox.checkMail', {})).toMatchObject({ bounces: 1 });
    expect((await timeline(person)).find((e) => e.type === 'soft_bounce')).toMatchObject({ status: 'mailboxfull' });
    expect(sqlite().prepare('SELECT count(*) FROM suppressions').pluck().get()).toBe(0);
    const [, second] = await rows(person);
    expect(second!.state).not.toBe('cancelled');
  });

  it('a complaint (ARF) suppresses at once', async () => {
    const person = await cartFor('angry@example.com');
    const messageId = await sendFirstCart(person);
    await imap.append('INBOX', mail({
      From: 'abuse@isp.example.net', To: 'owner@example.com', Subject: 'Abuse report', 'Message-ID': '<arf-1@isp.example.net>',
      'Content-Type': 'multipart/report; report-type=feedback-report; boundary="b2"',
    }, `--b2\nContent-Type: text/plain\n\nA complaint.\n\n--b2\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: ISP/1.0\nVersion: 1\nOriginal-Rcpt-To: angry@example.com\n\n--b2\nContent-Type: message/rfc822\n\nFrom: owner@example.com\nTo: angry@example.com\nMessage-ID: ${messageId}\nSubject: Votre panier\n\nHello\n--b2--\n`));
    expect(await call('mailbox.checkMail', {})).toMatchObject({ complaints: 1 });
    expect(sqlite().prepare('SELECT reason FROM suppressions').pluck().get()).toBe('complained');
    const [, second] = await rows(person);
    expect(second!.state).toBe('cancelled');
  });

  it('an unsubscribe token suppresses before the next send-due sends anything', async () => {
    const zoe = await cartFor('zoe@example.com');
    await sendFirstCart(zoe);
    const raw = smtp.deliveries[0]!.raw.toString('utf8');
    const token = decodeURIComponent(raw.match(/List-Unsubscribe: <mailto:[^?]+\?subject=([^>]+)>/)![1]!).split(' ')[1]!;
    // Cart 2 is approved and due; the unsubscribe request sits unread in the mailbox.
    now = T + 25 * HOUR + 49 * HOUR;
    const [, second] = await rows(zoe);
    await call('outbox.approve', { id: second!.id });
    await imap.append('INBOX', mail({ From: 'zoe@example.com', To: 'owner@example.com', Subject: `unsubscribe ${token}`, 'Message-ID': '<unsub-1@example.com>' }, ''));
    const sent = await call('outbox.sendDue', {});
    expect(sent.sent).toBe(0);
    expect(smtp.deliveries).toHaveLength(1);
    expect((await rows(zoe))[1]!.state).toBe('cancelled');
    expect((await timeline(zoe)).find((e) => e.type === 'unsubscribed')).toMatchObject({ source: 'mailbox', status: 'link' });
    expect(sqlite().prepare('SELECT unsubscribed_at FROM contacts WHERE id = ?').pluck().get(zoe)).not.toBeNull();
  });

  it('a reply saying stop unsubscribes; an automatic reply from a stranger is ignored', async () => {
    const zoe = await cartFor('zoe@example.com');
    await sendFirstCart(zoe);
    await imap.append('INBOX', mail({ From: 'zoe@example.com', To: 'owner@example.com', Subject: 'Re: Votre panier', 'Message-ID': '<stop-1@example.com>' }, 'STOP'));
    await imap.append('INBOX', mail({ From: 'nobody@example.net', To: 'owner@example.com', Subject: 'Out of Office', 'Auto-Submitted': 'auto-replied', 'Message-ID': '<ooo-2@example.net>' }, 'Away.'));
    expect(await call('mailbox.checkMail', {})).toMatchObject({ lookedAt: 2, replies: 1, unsubscribes: 1, autoReplies: 0 });
    expect((await timeline(zoe)).find((e) => e.type === 'unsubscribed')).toMatchObject({ status: 'reply' });
  });

  it('an uncertain message found in the Sent folder becomes sent; one missing for 30 minutes says so', async () => {
    const found = await cartFor('cut-found@example.com');
    const missing = await cartFor('cut-missing@example.com');
    for (const id of [found, missing]) await call('outbox.approve', { id: (await rows(id))[0]!.id });
    now = T + 25 * HOUR;
    expect(await call('outbox.sendDue', {})).toMatchObject({ unknown: 2 });
    const delivered = smtp.cut.find((d) => d.to.includes('cut-found@example.com'))!;
    await imap.append('Sent', delivered.raw, { flags: ['\\Seen'] });
    now += 31 * 60_000;
    expect(await call('mailbox.checkMail', {})).toMatchObject({ sentConfirmed: 1 });
    expect((await rows(found))[0]).toMatchObject({ state: 'sent' });
    const [stillUnknown] = await rows(missing);
    expect(stillUnknown).toMatchObject({ state: 'unknown' });
    expect(stillUnknown!.reason).toContain('not found in your Sent folder');
  });

  it('says in a sentence when the mailbox refuses the password', async () => {
    const { config } = await call('mailbox.get', {});
    await call('mailbox.save', { config: { ...config!, imap: { ...config!.imap!, user: 'other@example.com' } }, imapPassword: 'wrong' });
    const summary = await call('mailbox.checkMail', {});
    expect(summary).toMatchObject({ problem: 'auth', lookedAt: 0 });
    expect(summary.message).toMatch(/refused the user name or password/);
    expect((await call('mailbox.get', {})).reading).toMatchObject({ isConfigured: true, last: { problem: 'auth' } });
  });

  it('reads a folder again after its UIDVALIDITY changed without acting twice', async () => {
    const zoe = await cartFor('zoe@example.com');
    const messageId = await sendFirstCart(zoe);
    await imap.append('INBOX', mail({ From: 'zoe@example.com', To: 'owner@example.com', Subject: 'Re: panier', 'Message-ID': '<reply-2@example.com>', 'In-Reply-To': messageId }, 'Merci !'));
    expect(await call('mailbox.checkMail', {})).toMatchObject({ replies: 1 });
    sqlite().prepare("UPDATE mail_folders SET uid_validity = '1', last_uid = 0").run();
    expect(await call('mailbox.checkMail', {})).toMatchObject({ lookedAt: 1, replies: 0 });
    expect((await timeline(zoe)).filter((e) => e.type === 'reply')).toHaveLength(1);
  });
});
