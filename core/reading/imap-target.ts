import type { MailboxConfig, MailProblem } from '../../api';
import type { CoreContext } from '../context';
import type { ImapTarget } from '../mail/imap-reader';
import { PASSWORD_SECRET, readMailbox } from '../sending/mailbox-store';
import { IMAP_PASSWORD_SECRET, readSeenImapCertificate } from './reading-store';

export type ImapTargetResult =
  | { ok: true; target: ImapTarget; config: MailboxConfig }
  | { ok: false; why: string; problem: Extract<MailProblem, 'no-mailbox' | 'no-password'> | 'no-imap' };

// Where and how to read: the IMAP settings beside the SMTP ones, the same user and password
// unless another user is given, and the certificate the owner pinned for this server, if any.
export const imapTargetOf = async (ctx: Pick<CoreContext, 'db' | 'secrets'>): Promise<ImapTargetResult> => {
  const sqlite = ctx.db.$client;
  const config = readMailbox(sqlite);
  if (!config) return { ok: false, problem: 'no-mailbox', why: 'No mailbox is set up yet: fill in Settings → Your mailbox (or run relance mailbox set).' };
  const imap = config.imap;
  if (!imap) return { ok: false, problem: 'no-imap', why: 'Reading the mailbox is not set up: add the IMAP server in Settings → Your mailbox (or relance mailbox set --imap-host).' };
  const hasOwnUser = imap.user !== '' && imap.user !== config.user;
  const password = (hasOwnUser ? await ctx.secrets.get(IMAP_PASSWORD_SECRET) : null) ?? (await ctx.secrets.get(PASSWORD_SECRET));
  if (password === null) {
    return { ok: false, problem: 'no-password', why: 'The mailbox has no password saved on this computer: enter it in Settings → Your mailbox (or relance mailbox set with RELANCE_SMTP_PASSWORD).' };
  }
  const seen = readSeenImapCertificate(sqlite);
  const pinned = imap.pinnedFingerprint && seen?.fingerprint === imap.pinnedFingerprint ? { fingerprint: seen.fingerprint, pem: seen.pem } : null;
  return {
    ok: true,
    config,
    target: { host: imap.host, port: imap.port, security: imap.security, user: hasOwnUser ? imap.user : config.user, password, pinned },
  };
};
