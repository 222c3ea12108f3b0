import { X509Certificate } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMail, type OutgoingMail } from './compose-mail';
import { classifyFailure } from './smtp-answer';
import { nodemailerMailer, type SmtpTarget } from './smtp-mailer';
import { startTestServer, type Behaviour, type TestServer } from './test-support/smtp-test-server';

// The real adapter against a real SMTP server on loopback (STARTTLS, AUTH), scripted per recipient.
const SCRIPT: Record<string, Behaviour> = {
  'gone@example.com': { kind: 'rcpt', code: 550, text: '5.1.1 The email account that you tried to reach does not exist' },
  'later@example.com': { kind: 'rcpt', code: 450, text: '4.2.1 Mailbox busy, try later' },
  'cut@example.com': { kind: 'cut-after-dot' },
  'slow@example.com': { kind: 'slow', ms: 1500 },
  'quota@example.com': { kind: 'data', code: 550, text: '5.4.5 Daily user sending limit exceeded' },
};
let server: TestServer;
let target: SmtpTarget;

beforeAll(async () => {
  server = await startTestServer({ script: (to) => SCRIPT[to] ?? { kind: 'accept' } });
  const x509 = new X509Certificate(server.certPem);
  target = { host: '127.0.0.1', port: server.port, security: 'starttls', user: 'owner@example.com', password: 's3cret', pinned: { fingerprint: x509.fingerprint256, pem: server.certPem } };
});
afterAll(() => server.close());

const NOW = Date.UTC(2026, 2, 10, 10);
const mail = (to: string, extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
  from: { name: 'Atelier Lumière', address: 'owner@example.com' },
  to: { name: 'Zoé', address: to },
  replyTo: null,
  subject: 'Votre panier ✨',
  text: 'Bonjour',
  html: '<p>Bonjour</p>',
  messageId: `<${to}-${Math.random()}@example.com>`,
  dateMs: NOW,
  unsubscribe: { address: 'owner@example.com', token: 'TOKEN1' },
  listId: { name: 'Atelier', id: 'cart-recovery.example.com' },
  ...extra,
});

const sendOne = async (to: string, extra: Partial<OutgoingMail> = {}) => {
  const opened = await nodemailerMailer.open(target);
  if (!opened.ok) throw new Error(`open failed: ${JSON.stringify(opened.failure)}`);
  try {
    return await opened.session.send({ from: 'owner@example.com', to }, await composeMail(mail(to, extra)));
  } finally {
    opened.session.close();
  }
};

describe('the SMTP adapter', () => {
  it('delivers over STARTTLS with AUTH to a pinned certificate, headers intact', async () => {
    const result = await sendOne('zoe@example.com', { subject: 'Votre panier\r\nBcc: evil@example.com ✨' });
    expect(result).toMatchObject({ ok: true, code: 250 });
    const delivery = server.deliveries.at(-1)!;
    expect(delivery).toMatchObject({ isSecure: true, user: 'owner@example.com', to: ['zoe@example.com'] });
    const parsed = await simpleParser(delivery.raw);
    expect(parsed.subject).toBe('Votre panier Bcc: evil@example.com ✨');
    expect(parsed.headers.get('bcc')).toBeUndefined();
    expect(delivery.raw.toString()).toContain('List-Unsubscribe: <mailto:owner@example.com?subject=unsubscribe%20TOKEN1>');
    expect(parsed.html).toBe('<p>Bonjour</p>');
  });

  it('reports a 5.1.1 at RCPT as a bounce to suppress', async () => {
    const result = await sendOne('gone@example.com');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({ stage: 'envelope', code: 550, command: 'RCPT TO' });
    expect(classifyFailure(result.failure, NOW)).toMatchObject({ kind: 'failed', suppress: true });
  });

  it('reports a 450 at RCPT as deferred', async () => {
    const result = await sendOne('later@example.com');
    if (result.ok) throw new Error('expected a refusal');
    expect(classifyFailure(result.failure, NOW).kind).toBe('deferred');
  });

  it('knows a cut after the final dot from a refused connection', async () => {
    const cut = await sendOne('cut@example.com');
    if (cut.ok) throw new Error('expected a cut');
    expect(cut.failure).toMatchObject({ stage: 'handed-over', code: null });
    expect(classifyFailure(cut.failure, NOW).kind).toBe('unknown');
    const refused = await nodemailerMailer.open({ ...target, port: 1 });
    if (refused.ok) throw new Error('expected a refused connection');
    expect(classifyFailure(refused.failure, NOW).kind).toBe('deferred');
  });

  it('waits for a slow 250', async () => {
    expect(await sendOne('slow@example.com')).toMatchObject({ ok: true });
  });

  it('pauses on a quota answer after DATA', async () => {
    const result = await sendOne('quota@example.com');
    if (result.ok) throw new Error('expected a refusal');
    expect(classifyFailure(result.failure, NOW)).toMatchObject({ kind: 'paused', why: 'quota' });
  });

  it('refuses a wrong password as an authentication pause', async () => {
    const opened = await nodemailerMailer.open({ ...target, password: 'wrong' });
    if (opened.ok) throw new Error('expected a refusal');
    expect(opened.failure).toMatchObject({ stage: 'auth', code: 535 });
    expect(classifyFailure(opened.failure, NOW)).toMatchObject({ kind: 'paused', why: 'auth' });
  });

  it('never trusts an unverified certificate, and shows it for pinning', async () => {
    const opened = await nodemailerMailer.open({ ...target, pinned: null });
    if (opened.ok) throw new Error('expected a certificate refusal');
    expect(opened.failure.errorCode).toBe('ECERT');
    expect(opened.certificate?.fingerprint).toBe(target.pinned!.fingerprint);
    expect(server.deliveries.every((d) => d.user === 'owner@example.com')).toBe(true);
  });
});
