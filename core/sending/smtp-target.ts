import type { MailboxConfig } from '../../api';
import type { CoreContext } from '../context';
import type { SmtpTarget } from '../mail/smtp-mailer';
import { PASSWORD_SECRET, readMailbox, readSeenCertificate } from './mailbox-store';

export type TargetResult = { ok: true; target: SmtpTarget; config: MailboxConfig } | { ok: false; why: string; problem: 'no-mailbox' | 'no-password' };

// Where and how to connect: the saved mailbox, its password from the secret store (never the
// database), and the certificate the owner pinned, if any.
export const smtpTargetOf = async (ctx: Pick<CoreContext, 'db' | 'secrets'>): Promise<TargetResult> => {
  const sqlite = ctx.db.$client;
  const config = readMailbox(sqlite);
  if (!config) return { ok: false, problem: 'no-mailbox', why: 'No mailbox is set up yet: fill in Settings → Your mailbox (or run relance mailbox set).' };
  const password = await ctx.secrets.get(PASSWORD_SECRET);
  if (password === null && config.user !== '') {
    return { ok: false, problem: 'no-password', why: 'The mailbox has no password saved on this computer: enter it in Settings → Your mailbox (or relance mailbox set with RELANCE_SMTP_PASSWORD).' };
  }
  const seen = readSeenCertificate(sqlite);
  const pinned = config.pinnedFingerprint && seen?.fingerprint === config.pinnedFingerprint ? { fingerprint: seen.fingerprint, pem: seen.pem } : null;
  return { ok: true, config, target: { host: config.host, port: config.port, security: config.security, user: config.user, password: password ?? '', pinned } };
};
