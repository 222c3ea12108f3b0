import { describe, expect, it } from 'vitest';
import { classifyFailure, enhancedCodeOf, retryDelayMs, type SmtpFailure } from './smtp-answer';

// What each SMTP answer means, read from the reply code, the RFC 3463 enhanced code, the
// command and the stage: never from the first digit alone.
const NOW = Date.UTC(2026, 2, 10, 10);
const HOUR = 3_600_000;
const at = (stage: SmtpFailure['stage'], response: string | null, command: string | null = null, errorCode: string | null = null): SmtpFailure => ({
  stage, code: response ? Number(response.slice(0, 3)) : null, response, command, errorCode,
});

describe('classifying SMTP answers', () => {
  it.each([
    ['5.1.1 at RCPT: a dead address, suppressed', at('envelope', '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown', 'RCPT TO'), { kind: 'failed', suppress: true }],
    ['5.1.10 null MX', at('envelope', '550 5.1.10 RESOLVER.ADR.RecipientNotFound', 'RCPT TO'), { kind: 'failed', suppress: true }],
    ['5.2.1 mailbox disabled', at('envelope', '550 5.2.1 The email account that you tried to reach is disabled', 'RCPT TO'), { kind: 'failed', suppress: true }],
    ['5.2.2 mailbox full: a few tries', at('envelope', '552 5.2.2 The email account that you tried to reach is over quota', 'RCPT TO'), { kind: 'deferred', maxAttempts: 3 }],
    ['4.2.1 at RCPT', at('envelope', '450 4.2.1 Mailbox busy', 'RCPT TO'), { kind: 'deferred', maxAttempts: 5 }],
    ['451 greylisting', at('envelope', '451 4.7.1 Greylisted, please try again later', 'RCPT TO'), { kind: 'deferred' }],
    ['535 5.7.8 bad credentials', at('auth', '535 5.7.8 Username and Password not accepted', 'AUTH PLAIN'), { kind: 'paused', why: 'auth', untilMs: null }],
    ['550 5.4.5 daily quota', at('data', '550 5.4.5 Daily user sending limit exceeded', 'DATA'), { kind: 'paused', why: 'quota', untilMs: NOW + 24 * HOUR }],
    ['552 5.4.5 quota at MAIL', at('envelope', '552 5.4.5 Quota exceeded', 'MAIL FROM'), { kind: 'paused', why: 'quota' }],
    ['421 at MAIL', at('envelope', '421 4.7.0 Too many messages, slow down', 'MAIL FROM'), { kind: 'paused', why: 'rate', untilMs: NOW + HOUR }],
    ['554 5.7.1 policy after DATA', at('data', '554 5.7.1 Message rejected as spam', 'DATA'), { kind: 'paused', why: 'policy' }],
    ['553 at MAIL FROM: our sender refused', at('envelope', '553 5.1.8 Sender address rejected', 'MAIL FROM'), { kind: 'paused', why: 'sender' }],
    ['550 without enhanced code, user unknown', at('envelope', '550 No such user here', 'RCPT TO'), { kind: 'failed', suppress: true }],
    ['552 message too big after DATA', at('data', '552 5.3.4 Message size exceeds fixed limit', 'DATA'), { kind: 'failed', suppress: false }],
    ['451 after the dot: not delivered, retried', at('data', '451 4.3.0 Temporary system problem', 'DATA'), { kind: 'deferred' }],
    ['a cut after the final dot', at('handed-over', null, 'CONN', 'ECONNECTION'), { kind: 'unknown' }],
    ['a cut while the data was being written', at('data', null, 'CONN', 'ECONNECTION'), { kind: 'deferred' }],
    ['a refused connection', at('connect', null, 'CONN', 'ECONNECTION'), { kind: 'deferred' }],
  ])('%s', (_name, failure, expected) => {
    expect(classifyFailure(failure, NOW)).toMatchObject(expected);
  });

  it('reads the enhanced code of single and multi-line answers', () => {
    expect(enhancedCodeOf('550 5.1.1 unknown')).toBe('5.1.1');
    expect(enhancedCodeOf('550-5.1.1 The email account')).toBe('5.1.1');
    expect(enhancedCodeOf('550 Requested action not taken')).toBeNull();
  });

  it('doubles the wait from 15 minutes, with jitter', () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(15 * 60_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(60 * 60_000);
    expect(retryDelayMs(1, () => 0)).toBe(12 * 60_000);
  });
});
