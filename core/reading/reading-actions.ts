import type { MailboxSave, MailboxStatus, MailboxTest, MailProblem, ReadingStatus, ReplyPage } from '../../api';
import { personName } from '../../api/bidi';
import type { CoreContext } from '../context';
import { saveMailbox, type SendingStatus } from '../sending/mailbox-actions';
import { readMailbox } from '../sending/mailbox-store';
import { describeImapFailure } from './describe-imap-failure';
import { imapTargetOf } from './imap-target';
import { IMAP_PASSWORD_SECRET, readLastCheck, startReadingFrom, writeSeenImapCertificate } from './reading-store';
import { senderSideRefusals } from './temporary-failures';
import { originOf, recordAudit } from '../respect/audit-log';

type Ctx = Pick<CoreContext, 'db' | 'clock' | 'secrets' | 'reader'>;

export const readingStatus = (ctx: Pick<CoreContext, 'db' | 'clock'>): ReadingStatus => {
  const sqlite = ctx.db.$client;
  const last = readLastCheck(sqlite);
  return {
    isConfigured: readMailbox(sqlite)?.imap != null,
    lastCheckAt: last ? new Date(last.at).toISOString() : null,
    last: last?.summary ?? null,
    refusedAsSpam: senderSideRefusals(sqlite, ctx.clock.now().getTime()),
  };
};

export const withReading = async (ctx: Pick<CoreContext, 'db' | 'clock'>, status: Promise<SendingStatus>): Promise<MailboxStatus> => ({
  ...(await status),
  reading: readingStatus(ctx),
});

// What the privacy log says of a saved mailbox: the servers, and whether a password changed
// (never the password itself).
const mailboxChangeDetail = ({ config, password, imapPassword }: MailboxSave): string => {
  const passwords = [password ? 'password changed' : '', imapPassword ? 'IMAP password changed' : ''].filter(Boolean).join(', ');
  const imap = config.imap ? `, IMAP ${config.imap.host}` : ', no IMAP';
  return `saved: SMTP ${config.host}${imap}${passwords ? `, ${passwords}` : ''}`;
};

// Saving the mailbox also keeps the IMAP password when the IMAP user is another one, and starts
// reading from now: the first check looks at mail that arrives after this, never older mail.
export const saveMailboxSettings = async (ctx: Pick<CoreContext, 'db' | 'clock' | 'secrets' | 'mailer' | 'events' | 'info'>, input: MailboxSave): Promise<MailboxStatus> => {
  if (input.imapPassword !== undefined && input.imapPassword !== '') await ctx.secrets.set(IMAP_PASSWORD_SECRET, input.imapPassword);
  const status = saveMailbox(ctx, input);
  const now = ctx.clock.now().getTime();
  startReadingFrom(ctx.db.$client, now);
  recordAudit(ctx.db.$client, { action: 'mailbox', origin: originOf(ctx.info.host), detail: mailboxChangeDetail(input) }, now);
  return withReading(ctx, status);
};

const TEST_PROBLEMS: Record<string, MailProblem> = { 'no-imap': 'no-mailbox', 'sender-setup': 'other' };

// Connects, secures, signs in and lists the folders, reading no message.
export const testImap = async (ctx: Ctx): Promise<MailboxTest> => {
  const target = await imapTargetOf(ctx);
  if (!target.ok) return { ok: false, problem: TEST_PROBLEMS[target.problem] ?? (target.problem as MailProblem), message: target.why, smtpResponse: null, certificate: null };
  const opened = await ctx.reader.open(target.target);
  if (!opened.ok) {
    const seen = opened.certificate;
    if (seen) writeSeenImapCertificate(ctx.db.$client, seen);
    const { problem, message } = describeImapFailure(opened.failure, target.target);
    const certificate = seen ? { fingerprint: seen.fingerprint, subject: seen.subject, issuer: seen.issuer, validTo: seen.validTo } : null;
    return { ok: false, problem: TEST_PROBLEMS[problem] ?? (problem as MailProblem), message, smtpResponse: opened.failure.detail || null, certificate };
  }
  try {
    const folders = await opened.session.folders();
    const names = folders.map((f) => f.path).join(', ');
    const hasSent = folders.some((f) => f.role === 'sent');
    const message = `Connected to ${target.target.host} and signed in as ${target.target.user}; Relance will read ${names}.` +
      (hasSent ? '' : ' No Sent folder was found: messages whose delivery is uncertain cannot be checked there.');
    return { ok: true, problem: null, message, smtpResponse: null, certificate: null };
  } finally {
    await opened.session.close();
  }
};

type ReplyRow = { eventId: string; contactId: string; firstName: string; lastName: string; email: string | null; occurredAt: number; subject: string | null; note: string; type: string };

// Replies and unsubscribes read from the mailbox, newest first, each with its contact.
export const listReplies = (ctx: Pick<CoreContext, 'db'>, input: { offset: number; limit: number }): ReplyPage => {
  const sqlite = ctx.db.$client;
  const where = `e.source = 'mailbox' AND (e.type = 'reply' OR (e.type = 'unsubscribed' AND e.status IN ('link', 'reply')))`;
  const total = sqlite.prepare(`SELECT count(*) FROM contact_events e WHERE ${where}`).pluck().get() as number;
  const rows = sqlite
    .prepare(`SELECT e.id AS eventId, e.contact_id AS contactId, c.first_name AS firstName, c.last_name AS lastName, c.email, e.occurred_at AS occurredAt,
        e.status AS subject, e.note, e.type FROM contact_events e JOIN contacts c ON c.id = e.contact_id
      WHERE ${where} ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?`)
    .all(input.limit, input.offset) as ReplyRow[];
  return {
    total,
    rows: rows.map((row) => ({
      eventId: row.eventId,
      contactId: row.contactId,
      // Each part isolated when it holds a bidi override, so it cannot reverse the other.
      contactName: personName(row) || (row.email ?? ''),
      email: row.email,
      receivedAt: new Date(row.occurredAt).toISOString(),
      subject: row.type === 'reply' ? (row.subject ?? '') : '',
      excerpt: row.note,
      kind: row.type === 'reply' ? 'reply' : 'unsubscribe',
    })),
  };
};
