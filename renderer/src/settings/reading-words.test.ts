import { describe, expect, it } from 'vitest';
import type { CheckMailSummary, MailboxConfig, MailboxTest } from '../../../api';
import { translator } from '../i18n/i18n';
import { describeFound, describeImapTest, describeReadingProblem } from './reading-words';

const en = translator('en');
const fr = translator('fr');

const config = (presetId = 'other'): MailboxConfig => ({
  presetId, host: 'smtp.example.net', port: 587, security: 'starttls', user: 'claire@example.net', fromAddress: 'claire@example.net', fromName: '', replyTo: '',
  minIntervalSeconds: 20, hourlyCap: 60, dailyCap: 300, pinnedFingerprint: null,
  imap: { host: 'imap.example.net', port: 993, security: 'tls', user: '', pinnedFingerprint: null },
});
const test = (problem: MailboxTest['problem'], extra: Partial<MailboxTest> = {}): MailboxTest => ({ ok: false, problem, message: 'Core’s English.', smtpResponse: null, certificate: null, ...extra });
const summary = (change: Partial<CheckMailSummary> = {}): CheckMailSummary => ({
  lookedAt: 0, replies: 0, autoReplies: 0, bounces: 0, complaints: 0, unsubscribes: 0, sentConfirmed: 0, busyWith: null, problem: null, message: null, ...change,
});

describe('reading words', () => {
  it('words the IMAP test with the IMAP server, not the SMTP one', () => {
    expect(describeImapTest({ ...test(null), ok: true }, config(), en)).toBe('Reading works: imap.example.net accepted your user name and password.');
    expect(describeImapTest(test('connection'), config(), fr)).toBe(
      'Relance n’a pas pu joindre imap.example.net sur le port 993. Vérifiez le nom du serveur IMAP et le port (en général 993), et que cet ordinateur est en ligne.',
    );
    const certificate = { fingerprint: 'AB', subject: 'CN=localhost', issuer: 'CN=localhost', validTo: '2030-01-01' };
    expect(describeImapTest(test('certificate', { certificate }), config(), en)).toContain('so nothing was read');
  });

  it('sends a refused password at Gmail to its app password, and keeps core’s words for the rest', () => {
    expect(describeImapTest(test('auth'), config('gmail'), en)).toMatch(/^Gmail refused the password: it needs an app password/);
    expect(describeImapTest(test('other'), config(), fr)).toBe('Core’s English.');
    expect(describeImapTest(test('no-mailbox'), config(), en)).toBe('Reading is not set up: turn it on above, fill in the IMAP server and save.');
  });

  it('says what a check found, counted in each language', () => {
    expect(describeFound(summary({ lookedAt: 9 }), en, 'en')).toBe('Nothing about your messages');
    expect(describeFound(summary({ replies: 1, bounces: 2, sentConfirmed: 1 }), en, 'en')).toBe('1 reply, 2 bounces, 1 uncertain message found in your Sent folder');
    expect(describeFound(summary({ replies: 2, unsubscribes: 1 }), fr, 'fr')).toBe('2 réponses, 1 désinscription');
  });

  it('says why a check read nothing', () => {
    expect(describeReadingProblem(summary(), config(), en)).toBeNull();
    expect(describeReadingProblem(summary({ problem: 'timeout' }), config(), fr)).toBe('imap.example.net n’a pas répondu à temps. Vérifiez le port, et qu’aucun pare-feu ou antivirus ne le bloque.');
    expect(describeReadingProblem(summary({ problem: 'sender-setup' }), config(), en)).toContain('SPF, DKIM and DMARC');
    expect(describeReadingProblem(summary({ busyWith: 'cron (process 42)' }), config(), en)).toContain('Another Relance (cron (process 42))');
  });
});
