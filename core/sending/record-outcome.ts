import type { MailboxPause, ProgramId } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { Db } from '../../db/open-database';
import { timeOrderedId } from '../ids';
import { suppressionHash } from '../respect/suppression-hash';
import { enhancedCodeOf, retryDelayMs, type PauseWhy, type Verdict } from '../mail/smtp-answer';
import { stepCount } from '../outbox/outbox-entries';
import { writePause } from './mailbox-store';
import { statement } from './statements';
import { recordAudit } from '../respect/audit-log';

type Sqlite = Db['$client'];

type Sent = { id: string; contactId: string; program: ProgramId; step: number; messageId: string };

// `sending` is committed with synchronous=FULL before the first byte of DATA (docs/sending.md): if
// the machine stops after that, the row is found in `sending` and becomes `unknown`, never sent twice.
export const markSending = (sqlite: Sqlite, id: string, now: number): boolean => {
  statement(sqlite, 'PRAGMA synchronous = FULL').run();
  try {
    return writeTransactionOn(sqlite, () =>
      statement(sqlite, `UPDATE outbox SET state = 'sending', updated_at = ? WHERE id = ? AND state = 'queued'`).run(now, id).changes === 1);
  } finally {
    statement(sqlite, 'PRAGMA synchronous = NORMAL').run();
  }
};

// The timeline's note for a message sent, in English; the window words it in its own language
// (renderer/src/timeline/outbox-event-words.ts reads these names back).
const SENT_NAMES: Record<ProgramId, string> = {
  'cart-recovery': 'Cart', 'review-request': 'Review request', reactivation: 'Reactivation',
  'checkout-unpaid': 'Payment reminder', 'product-viewed': 'Product viewed', 'quote-follow-up': 'Quote follow-up',
};

const stepWords = (program: ProgramId, step: number): string => {
  const steps = stepCount(program);
  const name = SENT_NAMES[program];
  return steps > 1 ? `${name} ${step} of ${steps} sent` : `${name} sent`;
};

const timelineEvent = (sqlite: Sqlite, contactId: string, type: string, at: number, reference: string | null, note: string): void => {
  statement(sqlite, `INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, note, source, created_at) VALUES (?, ?, ?, ?, ?, ?, 'outbox', ?)`)
    .run(timeOrderedId(), contactId, type, at, reference, note, at);
};

export const recordSent = (sqlite: Sqlite, message: Sent, answer: { code: number; response: string }, now: number): void => {
  writeTransactionOn(sqlite, () => {
    statement(sqlite, `UPDATE outbox SET state = 'sent', sent_at = ?, smtp_code = ?, enhanced_code = ?, smtp_response = ?, next_attempt_at = NULL,
      updated_at = ? WHERE id = ?`).run(now, answer.code, enhancedCodeOf(answer.response), answer.response, now, message.id);
    timelineEvent(sqlite, message.contactId, 'message_sent', now, message.messageId, stepWords(message.program, message.step));
  });
};

type Failure = { code: number | null; response: string | null };

const PAUSE_WORDS: Record<PauseWhy, string> = {
  auth: 'The mail server refused the user name or password: check them in Settings → Your mailbox, then resume.',
  quota: 'The mail server says the sending quota is reached: sending waits until it frees.',
  rate: 'The mail server asked to slow down: sending waits an hour.',
  policy: 'The mail server refused a message for a policy reason: read its answer, then resume.',
  sender: 'The mail server refuses the From address: check it in Settings → Your mailbox, then resume.',
  certificate: 'The mail server\'s certificate could not be verified: test the connection in Settings → Your mailbox to see it, then resume.',
};

// Applies what the server's answer means to the message, and to the mailbox when it says stop.
export const recordFailure = (sqlite: Sqlite, message: Sent & { attempts: number }, verdict: Verdict, failure: Failure, now: number): void => {
  const code = failure.code;
  const response = failure.response ?? 'no answer: the connection ended';
  const enhanced = enhancedCodeOf(failure.response);
  const set = (state: string, reason: string, nextAttemptAt: number | null = null) =>
    sqlite.prepare(`UPDATE outbox SET state = ?, reason = reason || '; ' || ?, smtp_code = ?, enhanced_code = ?, smtp_response = ?, next_attempt_at = ?,
      updated_at = ? WHERE id = ?`).run(state, reason, code, enhanced, response, nextAttemptAt, now, message.id);
  writeTransactionOn(sqlite, () => {
    if (verdict.kind === 'deferred') {
      if (message.attempts >= verdict.maxAttempts) set('failed', `gave up after ${message.attempts} attempts: ${verdict.why}`);
      else set('deferred', `${verdict.why}; tried ${message.attempts} time${message.attempts > 1 ? 's' : ''}`, now + retryDelayMs(message.attempts));
    } else if (verdict.kind === 'failed') {
      set('failed', verdict.why);
      if (verdict.suppress) suppressBounced(sqlite, message, response, now);
    } else if (verdict.kind === 'unknown') {
      set('unknown', `${verdict.why}: it may have arrived; check your Sent folder, then send it again or drop it`);
    } else {
      set('paused', `the mailbox is paused: ${verdict.why}`);
      const pause: MailboxPause = {
        since: new Date(now).toISOString(), why: verdict.why, reason: PAUSE_WORDS[verdict.why], smtpResponse: failure.response,
        until: verdict.untilMs === null ? null : new Date(verdict.untilMs).toISOString(),
      };
      writePause(sqlite, pause);
    }
  });
};

// A dead address goes on the suppression list (a hash that outlives the contact) and the
// timeline; the re-planning that follows cancels the contact's other messages.
const suppressBounced = (sqlite: Sqlite, message: Sent, response: string, now: number): void => {
  const emailKey = sqlite.prepare('SELECT email_key FROM contacts WHERE id = ?').pluck().get(message.contactId) as string | null;
  const isNew = emailKey
    ? sqlite.prepare(`INSERT INTO suppressions (hash, reason, created_at) VALUES (?, 'bounced', ?) ON CONFLICT (hash) DO NOTHING`).run(suppressionHash(emailKey), now).changes === 1
    : false;
  // The server's answer is the mailbox speaking: the privacy log names it as the origin.
  if (isNew) recordAudit(sqlite, { action: 'suppress', origin: 'mailbox', contactId: message.contactId, detail: `bounced (SMTP answer to message ${message.id})` }, now);
  timelineEvent(sqlite, message.contactId, 'bounced', now, message.messageId, `The address bounced: ${response}`);
};

// Paused messages go again once the mailbox resumes (by the owner, or when a quota frees).
export const resumePaused = (sqlite: Sqlite, now: number): void => {
  writeTransactionOn(sqlite, () => {
    writePause(sqlite, null);
    sqlite.prepare(`UPDATE outbox SET state = 'queued', updated_at = ? WHERE state = 'paused'`).run(now);
  });
};
