import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../core/mail/test-support/smtp-test-server';
import { runCli, runCliWithInput, type CliRun } from '../test-support/run-cli';

// The cron path, as a person scripts it: import, settings, mailbox, approve, send-due, all
// through the real `relance` command against a real SMTP server on loopback.
let dir: string;
let dataDir: string;
let server: TestServer;
const DAY = 24 * 3_600_000;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const relance = (...args: string[]) => runCli(join(dir, 'unused'), ...args, '--data-dir', dataDir);
const json = <T>(run: CliRun): T => {
  expect(run.stderr, run.stderr).toBe('');
  return JSON.parse(run.stdout) as T;
};
type Entry = { id: string; program: string; step: number; state: string; message_id: string | null; smtp_code: number | null; smtp_response: string | null; sent_at: string | null };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-sending-'));
  dataDir = join(dir, 'data');
  server = await startTestServer();
  writeFileSync(join(dir, 'contacts.csv'), 'contact_id,email,first_name,last_name,country,language,email_consent\nC1,ana@example.com,Ana,Duval,FR,fr,yes\n');
  const cartAt = new Date(Date.now() - 2 * DAY).toISOString();
  writeFileSync(join(dir, 'carts.csv'), `event_id,contact_id,email,type,occurred_at,amount,currency,reference\nE1,C1,ana@example.com,abandoned_cart,${cartAt},49.00,EUR,CART-1\n`);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sending from the command line', () => {
  it('imports, sets up, approves what is due and sends it with send-due', async () => {
    expect((await relance('import', join(dir, 'contacts.csv'))).code).toBe(0);
    for (const [key, value] of [['business.name', 'Atelier Lumière'], ['business.address', '3 rue des Lilas, 69001 Lyon'], ['business.email', 'claire@example.com'], ['promoCode', 'MERCI']]) {
      const set = await relance('settings', 'set', key!, value!);
      expect(set.stderr).toBe('');
      expect(set.stdout).toContain(`${key} = ${value}`);
    }
    // A window that only opens the day after tomorrow, in this machine's calendar: whatever the
    // owner's time zone, their today is at most this machine's tomorrow, so the cart's first
    // message waits for it.
    const dayAfterTomorrow = DAYS[(new Date().getDay() + 2) % 7]!;
    await relance('settings', 'set', 'send.window', `${dayAfterTomorrow} 00:00-24:00`);
    const settings = json<Record<string, string>>(await relance('settings', '--json'));
    expect(settings).toMatchObject({ 'business.name': 'Atelier Lumière', 'business.address': '3 rue des Lilas, 69001 Lyon', 'send.window': `${dayAfterTomorrow} 00:00-24:00` });

    expect((await relance('import', join(dir, 'carts.csv'))).code).toBe(0);
    const planned = json<Entry[]>(await relance('outbox', '--json'));
    expect(planned.map((e) => [e.program, e.step, e.state])).toEqual([['cart-recovery', 1, 'scheduled'], ['cart-recovery', 2, 'scheduled'], ['cart-recovery', 3, 'scheduled']]);
    expect(json<{ approved: number }>(await relance('approve', '--due', '--json')).approved).toBe(0);
    await relance('settings', 'set', 'send.window', 'mon-sun 00:00-24:00');
    expect(json<{ approved: number }>(await relance('approve', '--due', '--json')).approved).toBe(1);

    // Nothing goes before the mailbox exists.
    expect(json<{ sent: number; waiting: number }>(await relance('send-due', '--json'))).toMatchObject({ sent: 0, waiting: 1 });

    const set = await runCli(join(dir, 'unused'), 'mailbox', 'set', '--smtp-host', '127.0.0.1', '--smtp-port', String(server.port), '--security', 'starttls',
      '--user', 'owner@example.com', '--from', 'owner@example.com', '--from-name', 'Claire', '--min-interval', '0', '--data-dir', dataDir);
    expect(set.stderr).toBe('');
    const status = JSON.parse((await relance('mailbox', '--json')).stdout) as { secretStore: string; hasPassword: boolean };
    expect(status).toMatchObject({ hasPassword: false, secretStore: 'none' });

    const withPassword = await runCliWithInput(join(dir, 'unused'), 's3cret\n', 'mailbox', 'set', '--password-stdin', '--data-dir', dataDir);
    expect(withPassword.stderr).toBe('');
    expect(withPassword.stdout).toContain('in a file only you can read');

    const test = await relance('mailbox', 'test', '--json');
    expect(test.code).toBe(1);
    const seen = JSON.parse(test.stdout) as { problem: string; certificate: { fingerprint: string } };
    expect(seen.problem).toBe('certificate');
    await relance('mailbox', 'set', '--trust-certificate', seen.certificate.fingerprint);
    expect((await relance('mailbox', 'test')).code).toBe(0);

    const summary = json<Record<string, number | null>>(await relance('send-due', '--json'));
    expect(summary).toMatchObject({ sent: 1, deferred: 0, failed: 0, unknown: 0, paused: 0, busyWith: null });
    const sent = json<Entry[]>(await relance('outbox', '--json')).find((e) => e.step === 1)!;
    expect(sent).toMatchObject({ state: 'sent', smtp_code: 250 });
    expect(sent.sent_at).not.toBeNull();
    expect(server.deliveries).toHaveLength(1);
    const parsed = await simpleParser(server.deliveries[0]!.raw);
    expect(parsed.messageId).toBe(sent.message_id);
    expect(parsed.from?.value[0]).toMatchObject({ address: 'owner@example.com', name: 'Claire' });
    expect(json<{ sent: number }>(await relance('send-due', '--json')).sent).toBe(0);
  }, 150_000);

  it('says what is wrong with a bad option in one sentence', async () => {
    const run = await relance('mailbox', 'set', '--security', 'ssl');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('relance: --security takes tls, starttls or none.\n');
    const window = await relance('settings', 'set', 'send.window', 'weekdays 9-18');
    expect(window.stderr).toMatch(/not a day|not a send window/);
  });
});
