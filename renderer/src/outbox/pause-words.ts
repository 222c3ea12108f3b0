import type { MailboxPause, PauseReason, StopReason } from '../../../api';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

// Why nothing leaves: the mailbox core stopped (its `why`), the owner's own "Pause all sending",
// or a mailbox that cannot send yet.
export type StopWhy = StopReason;

const KEYS: Record<StopWhy, MessageKey> = {
  auth: 'sending.pauseReason.auth',
  quota: 'sending.pauseReason.quota',
  rate: 'sending.pauseReason.rate',
  policy: 'sending.pauseReason.policy',
  sender: 'sending.pauseReason.sender',
  certificate: 'sending.pauseReason.certificate',
  owner: 'sending.pauseReason.owner',
  'no-mailbox': 'sending.pauseReason.noMailbox',
  'no-password': 'sending.pauseReason.noPassword',
};

// Core also words each stop in English (`reason`, for logs and the CLI): it is shown as written
// only when no code comes with it, as in a pause saved before pauses had one.
export const describeStop = (why: StopWhy | null | undefined, reason: string, t: Translate): string => {
  const key = why ? KEYS[why] : undefined;
  return key ? t(key) : reason;
};

export const describePause = (pause: Pick<MailboxPause, 'reason'> & { why?: PauseReason | undefined }, t: Translate): string =>
  describeStop(pause.why, pause.reason, t);
