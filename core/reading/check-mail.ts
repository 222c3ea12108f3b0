import { createHash } from 'node:crypto';
import type { CheckMailSummary } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { classifyMail } from '../mail/classify/classify-mail';
import type { FetchedMail, FolderInfo, ImapSession } from '../mail/imap-reader';
import { acquireLease, READ_LEASE, releaseLease } from '../sending/lease';
import { DAY_MS } from '../time-units';
import { applyMail, type MailEffect } from './apply-mail';
import { confirmUnknown } from './confirm-unknown';
import { describeImapFailure } from './describe-imap-failure';
import { imapTargetOf } from './imap-target';
import { isSeen, markSeen, readCursor, readReadingSince, startReadingFrom, writeCursor, writeLastCheck, writeSeenImapCertificate } from './reading-store';

// Messages fetched per round trip: bounded memory, and the cursor saved after each batch.
const BATCH = 100;
// A folder whose UIDs were renumbered (UIDVALIDITY changed) is read again this far back; what
// was already acted on is known by its Message-ID and not acted on twice.
const REREAD_WINDOW_MS = 14 * DAY_MS;

export const emptyCheck = (): CheckMailSummary => ({
  lookedAt: 0, replies: 0, autoReplies: 0, bounces: 0, complaints: 0, unsubscribes: 0, sentConfirmed: 0, busyWith: null, problem: null, message: null,
});

export type CheckResult = { summary: CheckMailSummary; touched: Set<string> };

const keyOf = (raw: Buffer, messageId: string | null): string => messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;

// One message: classified from its bytes, then acted on in one transaction with the note that it
// was, so a crash or a second read never acts twice.
const handleMail = async (ctx: CoreContext, fetched: FetchedMail, result: CheckResult): Promise<void> => {
  const sqlite = ctx.db.$client;
  const mail = await classifyMail(fetched.raw);
  const now = ctx.clock.now().getTime();
  const arrivedAt = Math.min(fetched.internalDate.getTime(), now);
  const key = keyOf(fetched.raw, mail.messageId);
  const effect: MailEffect | null = writeTransactionOn(sqlite, () => {
    if (isSeen(sqlite, key)) return null;
    const applied = applyMail(sqlite, { mail, arrivedAt }, now);
    if (applied.counted.length === 0) return null;
    // Only what concerns Relance is remembered; the rest of the owner's mail leaves no trace.
    markSeen(sqlite, key, mail.kind, now);
    return applied;
  });
  if (!effect) return;
  for (const counted of effect.counted) result.summary[counted] += 1;
  for (const id of effect.contactIds) result.touched.add(id);
};

const readFolder = async (ctx: CoreContext, session: ImapSession, folder: FolderInfo, since: number, holder: string, result: CheckResult): Promise<void> => {
  const sqlite = ctx.db.$client;
  for (;;) {
    const cursor = readCursor(sqlite, folder.path);
    const from = cursor ? Math.max(since, ctx.clock.now().getTime() - REREAD_WINDOW_MS) : since;
    const batch = await session.readNew(folder.path, cursor, new Date(from), BATCH);
    for (const fetched of batch.mails) {
      result.summary.lookedAt += 1;
      await handleMail(ctx, fetched, result);
    }
    writeCursor(sqlite, folder.path, folder.role, batch.cursor, ctx.clock.now().getTime());
    acquireLease(sqlite, { name: READ_LEASE, holder, now: ctx.clock.now().getTime() });
    if (batch.isComplete) return;
  }
};

// One check of the owner's mailbox (C7): INBOX and the spam folder for replies, bounces and
// unsubscribes, then the Sent folder for messages whose fate was unknown. One reader per
// database; the owner's mail is only ever read (EXAMINE, BODY.PEEK).
export const checkMail = async (ctx: CoreContext, holder: string): Promise<CheckResult> => {
  const sqlite = ctx.db.$client;
  const result: CheckResult = { summary: emptyCheck(), touched: new Set() };
  const target = await imapTargetOf(ctx);
  if (!target.ok) return { ...result, summary: { ...result.summary, problem: target.problem, message: target.why } };
  const lease = acquireLease(sqlite, { name: READ_LEASE, holder, now: ctx.clock.now().getTime() });
  if (!lease.ok) return { ...result, summary: { ...result.summary, busyWith: `${lease.heldBy.holder} (process ${lease.heldBy.pid})` } };
  try {
    const opened = await ctx.reader.open(target.target);
    if (!opened.ok) {
      if (opened.certificate) writeSeenImapCertificate(sqlite, opened.certificate);
      const described = describeImapFailure(opened.failure, target.target);
      result.summary.problem = described.problem;
      result.summary.message = described.message;
      return result;
    }
    try {
      await readAll(ctx, opened.session, holder, result);
    } finally {
      await opened.session.close();
    }
    return result;
  } finally {
    releaseLease(sqlite, { name: READ_LEASE });
    writeLastCheck(sqlite, { at: ctx.clock.now().getTime(), summary: result.summary });
    ctx.events.emit({ type: 'mailbox.changed' });
    if (result.touched.size > 0) ctx.events.emit({ type: 'contacts.changed', ids: [...result.touched] });
  }
};

const readAll = async (ctx: CoreContext, session: ImapSession, holder: string, result: CheckResult): Promise<void> => {
  const sqlite = ctx.db.$client;
  startReadingFrom(sqlite, ctx.clock.now().getTime());
  const since = readReadingSince(sqlite)!;
  const folders = await session.folders();
  for (const folder of folders.filter((f) => f.role !== 'sent')) await readFolder(ctx, session, folder, since, holder, result);
  const sent = folders.find((f) => f.role === 'sent') ?? null;
  const confirmed = await confirmUnknown(ctx, session, sent);
  result.summary.sentConfirmed += confirmed.length;
  for (const id of confirmed) result.touched.add(id);
};
