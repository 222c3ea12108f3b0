import type { MailboxConfig, SendSummary, Settings, StopReason } from '../../api';
import type { CoreContext } from '../context';
import { composeMail } from '../mail/compose-mail';
import { classifyFailure, retryDelayMs } from '../mail/smtp-answer';
import type { MailSession } from '../mail/smtp-mailer';
import { getSettings } from '../settings/settings-store';
import { claimMessage, claimTools, dueMessages, type ClaimTools, type DueRow } from './claim';
import { acquireLease, releaseLease } from './lease';
import { isSendingPaused, readPause } from './mailbox-store';
import { messageFor } from './message-for';
import { emptySummary } from './nothing-to-send';
import { nextSendAt } from './pacing';
import { markSending, recordFailure, recordSent, resumePaused } from './record-outcome';
import { smtpTargetOf } from './smtp-target';

export type PassOptions = {
  // How long this pass may wait for pacing between messages; beyond it, the rest waits for the
  // next pass (a cron run, the scheduler's timer). 0: never wait.
  maxWaitMs: number;
  sleep?: (ms: number) => Promise<void>;
  holder: string;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// One pass of sending (C6): take the lease, then send what is due, one message at a time,
// within pacing, each checked again at the last moment. What cannot go now waits, with a reason.
export const sendPass = async (ctx: CoreContext, options: PassOptions): Promise<{ summary: SendSummary; touched: Set<string> }> => {
  const sqlite = ctx.db.$client;
  const summary = emptySummary();
  const touched = new Set<string>();
  const lease = acquireLease(sqlite, { holder: options.holder, now: ctx.clock.now().getTime() });
  if (!lease.ok) {
    summary.busyWith = `${lease.heldBy.holder} (process ${lease.heldBy.pid})`;
    return { summary, touched };
  }
  try {
    await sendWithLease(ctx, options, summary, touched);
  } finally {
    releaseLease(sqlite);
    const { busyWith: _busy, mailboxPaused: _paused, stoppedBy: _stopped, ...counts } = summary;
    if (Object.values(counts).some((count) => count > 0)) ctx.events.emit({ type: 'outbox.changed' });
  }
  return { summary, touched };
};

const sendWithLease = async (ctx: CoreContext, options: PassOptions, summary: SendSummary, touched: Set<string>): Promise<void> => {
  const sqlite = ctx.db.$client;
  const started = ctx.clock.now().getTime();
  const pause = readPause(sqlite);
  if (pause?.until && Date.parse(pause.until) <= started) resumePaused(sqlite, started);
  const settings = getSettings(ctx);
  const due = dueMessages(sqlite, settings, started);
  const stopWith = (why: string, code: StopReason) => {
    summary.mailboxPaused = why;
    summary.stoppedBy = code;
    summary.waiting = due.length;
  };
  if (due.length === 0) return;
  if (isSendingPaused(sqlite)) return stopWith('Sending is paused (Pause all sending).', 'owner');
  const stillPaused = readPause(sqlite);
  if (stillPaused) return stopWith(stillPaused.reason, stillPaused.why);
  const target = await smtpTargetOf(ctx);
  if (!target.ok) return stopWith(target.why, target.problem);

  let session: MailSession | null = null;
  const sleep = options.sleep ?? realSleep;
  const tools = claimTools(sqlite, target.config.fromAddress);
  try {
    for (const [index, row] of due.entries()) {
      ctx.events.emit({ type: 'sending.progress', done: index, total: due.length });
      const now = ctx.clock.now().getTime();
      const allowedAt = nextSendAt(sqlite, target.config, now);
      if (allowedAt > now) {
        if (allowedAt - now > options.maxWaitMs - (now - started)) {
          summary.waiting += due.length - index;
          break;
        }
        await sleep(allowedAt - now);
      }
      // Renewed before each message: a pass that waits for pacing outlives the lease's first term.
      if (!acquireLease(sqlite, { holder: options.holder, now: ctx.clock.now().getTime() }).ok) {
        summary.waiting += due.length - index;
        break;
      }
      if (!session) {
        const opened = await ctx.mailer.open(target.target);
        if (!opened.ok) {
          stopOnOpenFailure(ctx, row, opened.failure, summary);
          summary.waiting += due.length - index - 1;
          break;
        }
        session = opened.session;
      }
      const outcome = await sendOne(ctx, { settings, tools, config: target.config }, row, session);
      summary[outcome] += 1;
      // Re-planned after the pass: a stop found at the last moment or a bounce cancels the
      // contact's other messages, a sent step sets when the next one goes.
      touched.add(row.contactId);
      // After any refusal the session may be mid-transaction (a rejected RCPT): start afresh.
      if (outcome !== 'sent') {
        session.close();
        session = null;
      }
      if (outcome === 'paused') {
        stoppedByPause(sqlite, summary);
        summary.waiting += due.length - index - 1;
        break;
      }
    }
  } finally {
    session?.close();
    ctx.events.emit({ type: 'sending.progress', done: due.length, total: due.length });
  }
};

// The pause a message's answer just set, as the summary says it.
const stoppedByPause = (sqlite: CoreContext['db']['$client'], summary: SendSummary): void => {
  const pause = readPause(sqlite);
  summary.mailboxPaused = pause?.reason ?? null;
  summary.stoppedBy = pause?.why ?? null;
};

type Outcome = 'sent' | 'deferred' | 'failed' | 'unknown' | 'paused' | 'held';

type PassState = { settings: Settings; tools: ClaimTools; config: MailboxConfig };

const sendOne = async (ctx: CoreContext, { settings, tools, config }: PassState, row: DueRow, session: MailSession): Promise<Outcome> => {
  const sqlite = ctx.db.$client;
  const claim = claimMessage(ctx, settings, row, tools);
  if (!claim.go) return 'held';
  ctx.stopAt?.('after-claim');
  const mail = messageFor(sqlite, settings, row.id, claim, config);
  if (!mail) return 'held';
  const raw = await composeMail(mail.outgoing);
  if (!markSending(sqlite, row.id, ctx.clock.now().getTime())) return 'held';
  ctx.stopAt?.('after-sending-commit');
  const result = await session.send({ from: config.fromAddress, to: mail.outgoing.to.address }, raw);
  ctx.stopAt?.('after-answer');
  const now = ctx.clock.now().getTime();
  const message = { id: row.id, contactId: row.contactId, program: row.program, step: row.step, messageId: claim.messageId };
  if (result.ok) {
    recordSent(sqlite, message, result, now);
    return 'sent';
  }
  const verdict = classifyFailure(result.failure, now);
  recordFailure(sqlite, { ...message, attempts: mail.attempts }, verdict, result.failure, now);
  return verdict.kind === 'failed' ? 'failed' : verdict.kind;
};

// The server could not be reached or refused us before any message: the claimed message waits
// for a retry (or the mailbox pauses, for a password or certificate problem); nothing was sent.
const stopOnOpenFailure = (ctx: CoreContext, row: DueRow, failure: Parameters<typeof classifyFailure>[0], summary: SendSummary): void => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  const verdict = classifyFailure(failure, now);
  if (verdict.kind === 'paused') {
    recordFailure(sqlite, { id: row.id, contactId: row.contactId, program: row.program, step: row.step, messageId: '', attempts: 0 }, verdict, failure, now);
    summary.paused += 1;
    stoppedByPause(sqlite, summary);
    return;
  }
  sqlite.prepare(`UPDATE outbox SET state = 'deferred', next_attempt_at = ?, reason = reason || '; the mail server could not be reached', updated_at = ? WHERE id = ?`)
    .run(now + retryDelayMs(1), now, row.id);
  summary.deferred += 1;
};
