import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotServer } from '../../core/mail/test-support/dovecot-server';
import { startTestServer, type TestServer } from '../../core/mail/test-support/smtp-test-server';
import { runCli, runCliWithInput, type CliRun } from '../test-support/run-cli';

// Reading the mailbox from cron, as a person scripts it: the IMAP options of `mailbox set`, the
// IMAP test, then `check-mail --json` against a real Dovecot on loopback.
let dir: string;
let dataDir: string;
let smtp: TestServer;
let imap: DovecotServer;
const DAY = 24 * 3_600_000;

const relance = (...args: string[]) => runCli(join(dir, 'unused'), ...args, '--data-dir', dataDir);
const json = <T>(run: CliRun): T => {
  expect(run.stderr, run.stderr).toBe('');
  return JSON.parse(run.stdout) as T;
};
type Entry = { step: number; state: string; reason: string; message_id: string | null };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-check-mail-'));
  dataDir = join(dir, 'data');
  [smtp, imap] = await Promise.all([startTestServer(), startDovecot()]);
  writeFileSync(join(dir, 'contacts.csv'), 'contact_id,email,first_name,last_name,country,language,email_consent\nC1,ana@example.com,Ana,Duval,FR,fr,yes\n');
  const cartAt = new Date(Date.now() - 2 * DAY).toISOString();
  writeFileSync(join(dir, 'carts.csv'), `event_id,contact_id,email,type,occurred_at,amount,currency,reference\nE1,C1,ana@example.com,abandoned_cart,${cartAt},49.00,EUR,CART-1\n`);
});
afterAll(async () => {
  await Promise.all([smtp.close(), imap.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('relance check-mail', () => {
  it('says in one sentence that reading is not set up, and exits 1', { timeout: 60_000 }, async () => {
    for (const file of ['contacts.csv', 'carts.csv']) expect((await relance('import', join(dir, file))).code).toBe(0);
    const run = await relance('check-mail');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No mailbox is set up yet/);
  });

  it('reads a reply to the message send-due sent and stops the cart sequence', async () => {
    for (const [key, value] of [['business.name', 'Atelier Lumière'], ['business.address', '3 rue des Lilas, 69001 Lyon'], ['business.email', 'owner@example.com'], ['send.window', 'mon-sun 00:00-24:00']]) {
      expect((await relance('settings', 'set', key!, value!)).code).toBe(0);
    }
    const set = await runCliWithInput(join(dir, 'unused'), 's3cret\n', 'mailbox', 'set', '--smtp-host', '127.0.0.1', '--smtp-port', String(smtp.port), '--security', 'starttls',
      '--user', 'owner@example.com', '--from', 'owner@example.com', '--min-interval', '0',
      '--imap-host', '127.0.0.1', '--imap-port', String(imap.port), '--imap-security', 'starttls', '--password-stdin', '--data-dir', dataDir);
    expect(set.stderr).toBe('');
    expect(set.stdout).toContain(`Reading replies and bounces from 127.0.0.1:${imap.port} (starttls), user owner@example.com`);

    for (const [test, trust] of [[['mailbox', 'test', '--json'], '--trust-certificate'], [['mailbox', 'test', '--imap', '--json'], '--trust-imap-certificate']] as const) {
      const seen = JSON.parse((await relance(...test)).stdout) as { problem: string; certificate: { fingerprint: string } };
      expect(seen.problem).toBe('certificate');
      await relance('mailbox', 'set', trust, seen.certificate.fingerprint);
    }
    const imapTest = await relance('mailbox', 'test', '--imap');
    expect(imapTest.code).toBe(0);
    expect(imapTest.stdout).toMatch(/signed in as owner@example\.com; Relance will read INBOX/);

    expect(json<{ approved: number }>(await relance('approve', '--due', '--json')).approved).toBe(1);
    expect(json<{ sent: number }>(await relance('send-due', '--json')).sent).toBe(1);
    const messageId = json<Entry[]>(await relance('outbox', '--json')).find((e) => e.step === 1)!.message_id!;

    await imap.append('INBOX', [
      'From: Ana Duval <ana@example.com>', 'To: owner@example.com', 'Subject: Re: Votre panier', 'Message-ID: <ana-reply@example.com>',
      `In-Reply-To: ${messageId}`, `Date: ${new Date().toUTCString()}`, 'Content-Type: text/plain; charset=utf-8', '', 'Déjà acheté en boutique, merci !', '',
    ].join('\r\n'));
    const flags = await imap.flagsOf('INBOX');
    const summary = json<Record<string, unknown>>(await relance('check-mail', '--json'));
    expect(summary).toEqual({
      looked_at: 1, replies: 1, auto_replies: 0, bounces: 0, complaints: 0, unsubscribes: 0, sent_confirmed: 0, busy_with: null, problem: null, message: null,
    });
    expect(await imap.flagsOf('INBOX')).toEqual(flags);
    const outbox = json<Entry[]>(await relance('outbox', '--json'));
    expect(outbox.filter((e) => e.step > 1).map((e) => e.state)).toEqual(['cancelled', 'cancelled']);
    expect(outbox.find((e) => e.step === 2)!.reason).toContain('they replied');
    expect((await relance('check-mail')).stdout).toBe('Looked at 0 new messages: 0 replies, 0 automatic replies, 0 bounces, 0 complaints, 0 unsubscribes, 0 uncertain messages found in Sent.\n');
  }, 150_000);
});
