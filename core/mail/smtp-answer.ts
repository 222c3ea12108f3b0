import type { PauseReason } from '../../api';

// What an SMTP answer means for one message (docs/sending.md). Classified on the reply code, the
// RFC 3463 enhanced code, the command it answered and its text, never on the first digit alone.

// How far the transaction went when it ended. `handed-over`: the whole message and its final
// dot may have reached the server, so a cut from here on leaves delivery unknown.
export type SmtpStage = 'connect' | 'auth' | 'envelope' | 'data' | 'handed-over';

export type SmtpFailure = {
  stage: SmtpStage;
  // The reply code (550), or null when there was no answer (a cut, a timeout).
  code: number | null;
  response: string | null;
  // nodemailer's code: ECONNECTION, ETIMEDOUT, EAUTH, EENVELOPE, EMESSAGE, ETLS…
  errorCode: string | null;
  // The command answered: MAIL FROM, RCPT TO, DATA…
  command: string | null;
};

export type Verdict =
  | { kind: 'deferred'; why: string; maxAttempts: number }
  | { kind: 'failed'; why: string; suppress: boolean }
  | { kind: 'paused'; why: PauseWhy; untilMs: number | null }
  | { kind: 'unknown'; why: string };

export type PauseWhy = PauseReason;

export const DEFAULT_MAX_ATTEMPTS = 5;
// A full mailbox may empty: a few tries, not five.
const MAILBOX_FULL_ATTEMPTS = 3;
const HOUR = 3_600_000;

export const enhancedCodeOf = (response: string | null): string | null => {
  const match = response?.match(/^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/);
  return match ? match[1]! : null;
};

// Bad destination mailbox (5.1.1), bad destination system (5.1.10, RFC 7505 null MX), mailbox
// disabled (5.2.1): the address will not work again, so it is suppressed.
const DEAD_ADDRESS = new Set(['5.1.1', '5.1.10', '5.2.1']);

const QUOTA_TEXT = /quota|limit (exceeded|reached)|daily (user )?sending/i;
const RATE_TEXT = /rate|too many|slow down/i;

export const classifyFailure = (failure: SmtpFailure, nowMs: number): Verdict => {
  const { code, stage } = failure;
  const enhanced = enhancedCodeOf(failure.response);
  const text = failure.response ?? '';
  // A certificate that does not verify: every message would meet it, and only the owner can judge it.
  if (failure.errorCode === 'ECERT') return { kind: 'paused', why: 'certificate', untilMs: null };
  if (code === null) {
    // No answer at all: a cut after the message was handed over may have delivered it.
    if (stage === 'handed-over') return { kind: 'unknown', why: 'the connection was cut after the message was handed over' };
    if (failure.errorCode === 'EAUTH') return { kind: 'paused', why: 'auth', untilMs: null };
    return { kind: 'deferred', why: 'the connection failed before the message was handed over', maxAttempts: DEFAULT_MAX_ATTEMPTS };
  }
  if (stage === 'auth' || code === 535 || code === 534 || code === 530 || enhanced === '5.7.8' || enhanced === '5.7.9') {
    return { kind: 'paused', why: 'auth', untilMs: null };
  }
  // The recipient's mailbox is full (their quota, not ours): it may empty.
  if (enhanced === '5.2.2' || enhanced === '4.2.2') {
    return { kind: 'deferred', why: 'the recipient\'s mailbox is full', maxAttempts: MAILBOX_FULL_ATTEMPTS };
  }
  // Gmail's "550 5.4.5 Daily user sending limit exceeded": nothing more goes today.
  if (enhanced === '5.4.5' || code >= 500 && QUOTA_TEXT.test(text)) return { kind: 'paused', why: 'quota', untilMs: nowMs + 24 * HOUR };
  // 421 (the server closes the session, often "too many messages") and 4xx "slow down": an hour.
  if (code === 421 || enhanced === '4.4.5' || code >= 400 && code < 500 && (RATE_TEXT.test(text) || QUOTA_TEXT.test(text))) {
    return { kind: 'paused', why: 'rate', untilMs: nowMs + HOUR };
  }
  if (code >= 400 && code < 500) {
    return { kind: 'deferred', why: `the server asked to try again later (${code}${enhanced ? ` ${enhanced}` : ''})`, maxAttempts: DEFAULT_MAX_ATTEMPTS };
  }
  // Permanent answers from here on.
  if (enhanced?.startsWith('5.7.')) return { kind: 'paused', why: 'policy', untilMs: null };
  // The server refuses our own From address: every message would fail the same way.
  if (failure.command === 'MAIL FROM') {
    return { kind: 'paused', why: 'sender', untilMs: null };
  }
  if (enhanced && DEAD_ADDRESS.has(enhanced) || !enhanced && code === 550 && stage === 'envelope' && /(no such|unknown|does not exist|invalid) (user|mailbox|recipient)|user unknown/i.test(text)) {
    return { kind: 'failed', why: 'the address does not exist (bounce)', suppress: true };
  }
  return { kind: 'failed', why: `the server refused the message for good (${code}${enhanced ? ` ${enhanced}` : ''})`, suppress: false };
};

// Doubling back-off from 15 minutes with ±20 % jitter, so many deferrals do not come back at once.
export const retryDelayMs = (attempts: number, random: () => number = Math.random): number => {
  const base = 15 * 60_000 * 2 ** Math.max(0, attempts - 1);
  return Math.round(base * (0.8 + 0.4 * random()));
};
