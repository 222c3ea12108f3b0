import { describe, expect, it } from 'vitest';
import type { MailboxConfig, MailboxTest } from '../../../api';
import { translator } from '../i18n/i18n';
import { describeMailTest } from './mail-test-words';

const config = (presetId: string, host = 'smtp.gmail.com'): MailboxConfig => ({
  presetId,
  host,
  port: 465,
  security: 'tls',
  user: 'claire@gmail.com',
  fromAddress: 'claire@gmail.com',
  fromName: 'Claire',
  replyTo: '',
  minIntervalSeconds: 20,
  hourlyCap: 60,
  dailyCap: 400,
  pinnedFingerprint: null,
  imap: null,
});
const failed = (problem: MailboxTest['problem'], extra: Partial<MailboxTest> = {}): MailboxTest => ({
  ok: false,
  problem,
  message: 'The server said no. Check your settings.',
  smtpResponse: '535 5.7.8 Username and Password not accepted',
  certificate: null,
  ...extra,
});

describe('describeMailTest', () => {
  it('says a test worked, naming the server or the address written to', () => {
    const ok: MailboxTest = { ok: true, problem: null, message: 'OK', smtpResponse: null, certificate: null };
    expect(describeMailTest(ok, { kind: 'test', config: config('gmail'), to: '' }, translator('en'))).toBe('The connection works: smtp.gmail.com accepted your user name and password.');
    expect(describeMailTest(ok, { kind: 'sendTest', config: config('gmail'), to: 'claire@gmail.com' }, translator('fr'))).toMatch(/^Un message de test est parti vers claire@gmail\.com/);
  });

  it('gives Gmail’s app-password refusal its own next step, in both languages', () => {
    const en = describeMailTest(failed('app-password'), { kind: 'test', config: config('gmail'), to: '' }, translator('en'));
    expect(en).toBe(
      'Gmail refused the password: it needs an app password. Turn on 2-Step Verification, then create one at myaccount.google.com/apppasswords and paste it here.',
    );
    expect(describeMailTest(failed('auth'), { kind: 'test', config: config('google-workspace'), to: '' }, translator('fr'))).toMatch(/^Gmail a refusé le mot de passe/);
    expect(describeMailTest(failed('app-password'), { kind: 'test', config: config('orange', 'smtp.orange.fr'), to: '' }, translator('en'))).toMatch(/^The server refused the password: it needs an app password/);
  });

  it('points a Microsoft 365 refusal at SMTP AUTH and the administrator, the provider known by its server too', () => {
    expect(describeMailTest(failed('auth'), { kind: 'test', config: config('microsoft-365', 'smtp.office365.com'), to: '' }, translator('en'))).toMatch(/SMTP AUTH.*administrator/);
    expect(describeMailTest(failed('app-password'), { kind: 'test', config: config('other', 'smtp.office365.com'), to: '' }, translator('en'))).toMatch(/SMTP AUTH.*administrator/);
    expect(describeMailTest(failed('app-password'), { kind: 'test', config: config('other', 'smtp.gmail.com'), to: '' }, translator('fr'))).toMatch(/^Gmail a refusé/);
  });

  it('fills in the server and the port, and words a certificate with or without its details', () => {
    expect(describeMailTest(failed('connection'), { kind: 'test', config: { ...config('other', 'mail.example.net'), port: 5870 }, to: '' }, translator('en'))).toMatch(
      /^Relance could not reach mail\.example\.net on port 5870\./,
    );
    const certificate = { fingerprint: 'AB', subject: 'CN=mail.example.net', issuer: 'CN=mail.example.net', validTo: '2027-01-01T00:00:00Z' };
    expect(describeMailTest(failed('certificate', { certificate }), { kind: 'test', config: config('other', 'mail.example.net'), to: '' }, translator('en'))).toMatch(/fingerprint below/);
    expect(describeMailTest(failed('certificate'), { kind: 'test', config: config('other', 'mail.example.net'), to: '' }, translator('en'))).toMatch(/Check the server name/);
  });

  it('falls back to core’s sentence for a problem it has no words for', () => {
    expect(describeMailTest(failed('other'), { kind: 'test', config: config('gmail'), to: '' }, translator('fr'))).toBe('The server said no. Check your settings.');
    expect(describeMailTest(failed(null), { kind: 'test', config: null, to: '' }, translator('en'))).toBe('The server said no. Check your settings.');
  });
});
