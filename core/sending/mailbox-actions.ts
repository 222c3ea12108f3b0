import { randomUUID } from 'node:crypto';
import type { MailboxSave, MailboxStatus, MailboxTest } from '../../api';
import { mailboxConfigSchema } from '../../api';
import type { CoreContext } from '../context';
import { composeMail, makeMessageId } from '../mail/compose-mail';
import { startOfLocalDay } from '../programs/send-window';
import { getSettings } from '../settings/settings-store';
import { describeFailure } from './describe-failure';
import { leaseHolder } from './lease';
import { isSendingPaused, PASSWORD_SECRET, readMailbox, readPause, writeMailbox, writeSeenCertificate, writeSendingPaused } from './mailbox-store';
import { resumePaused } from './record-outcome';
import { smtpTargetOf } from './smtp-target';

type Ctx = Pick<CoreContext, 'db' | 'clock' | 'secrets' | 'mailer' | 'events'>;

// Reading the mailbox adds its own part (core/reading/reading-actions.ts).
export type SendingStatus = Omit<MailboxStatus, 'reading'>;

export const mailboxStatus = async (ctx: Ctx): Promise<SendingStatus> => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  const place = await ctx.secrets.locate(PASSWORD_SECRET);
  const dayStart = startOfLocalDay(now, getSettings(ctx).timeZone);
  const counts = sqlite
    .prepare(`SELECT count(*) FILTER (WHERE state = 'sent' AND sent_at >= ?) AS sentToday,
      count(*) FILTER (WHERE state = 'scheduled' AND scheduled_at <= ?) AS waitingApproval FROM outbox`)
    .get(dayStart, now) as { sentToday: number; waitingApproval: number };
  const holder = leaseHolder(sqlite, now);
  return {
    config: readMailbox(sqlite),
    hasPassword: place !== null,
    secretStore: place ?? 'none',
    pause: readPause(sqlite),
    isSendingPaused: isSendingPaused(sqlite),
    ...counts,
    sender: holder ? { holder: holder.holder, pid: holder.pid, since: new Date(holder.acquiredAt).toISOString() } : null,
  };
};

// Saves what it is given (testing is a separate step); saving again resumes a paused mailbox.
export const saveMailbox = async (ctx: Ctx, input: MailboxSave): Promise<SendingStatus> => {
  const config = mailboxConfigSchema.parse(input.config);
  if (input.password !== undefined && input.password !== '') await ctx.secrets.set(PASSWORD_SECRET, input.password);
  writeMailbox(ctx.db.$client, config);
  resumePaused(ctx.db.$client, ctx.clock.now().getTime());
  ctx.events.emit({ type: 'mailbox.changed' });
  return mailboxStatus(ctx);
};

export const resumeMailbox = async (ctx: Ctx): Promise<SendingStatus> => {
  resumePaused(ctx.db.$client, ctx.clock.now().getTime());
  ctx.events.emit({ type: 'mailbox.changed' });
  return mailboxStatus(ctx);
};

export const setSendingPaused = async (ctx: Ctx, isPaused: boolean): Promise<SendingStatus> => {
  writeSendingPaused(ctx.db.$client, isPaused);
  ctx.events.emit({ type: 'mailbox.changed' });
  return mailboxStatus(ctx);
};

// Connects, secures and signs in, without sending; with `to`, also sends a short test message
// (to the mailbox's own address when `to` is empty).
export const testMailbox = async (ctx: Ctx, to: string | null = null): Promise<MailboxTest> => {
  const sqlite = ctx.db.$client;
  const target = await smtpTargetOf(ctx);
  if (!target.ok) return { ok: false, problem: target.problem, message: target.why, smtpResponse: null, certificate: null };
  const opened = await ctx.mailer.open(target.target);
  if (!opened.ok) {
    const seen = opened.certificate;
    if (seen) writeSeenCertificate(sqlite, seen);
    const certificate = seen ? { fingerprint: seen.fingerprint, subject: seen.subject, issuer: seen.issuer, validTo: seen.validTo } : null;
    return { ...describeFailure(opened.failure, target.target), certificate };
  }
  try {
    if (to === null) return { ok: true, problem: null, message: `Connected to ${target.config.host} and signed in as ${target.config.user}.`, smtpResponse: null, certificate: null };
    const { config } = target;
    const recipient = to || config.fromAddress;
    const language = getSettings(ctx).messageLanguage;
    const raw = await composeMail({
      from: { name: config.fromName, address: config.fromAddress },
      to: { name: '', address: recipient },
      replyTo: null,
      subject: language === 'fr' ? 'Message de test de Relance' : 'Relance test message',
      text: language === 'fr' ? 'Ce message confirme que Relance peut envoyer par votre boîte mail.' : 'This message confirms that Relance can send through your mailbox.',
      html: null,
      messageId: makeMessageId(randomUUID(), config.fromAddress),
      dateMs: ctx.clock.now().getTime(),
      unsubscribe: null,
      listId: null,
    });
    const sent = await opened.session.send({ from: config.fromAddress, to: recipient }, raw);
    if (!sent.ok) return { ...describeFailure(sent.failure, target.target), certificate: null };
    return { ok: true, problem: null, message: `A test message went to ${recipient}. The server answered: ${sent.response}`, smtpResponse: sent.response, certificate: null };
  } finally {
    opened.session.close();
  }
};
