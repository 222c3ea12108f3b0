import type { TimelineEvent } from '../../../api';
import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { plural } from '../i18n/plural';

// Reading the mailbox writes events itself (core/reading/apply-mail.ts): a reply's subject in
// `status` and its first lines in `note`; for the others a code in `status` (a return date, an
// unsubscribe's channel, a bounce reason in Sisimai's words) and an English note. The window
// words what the codes say in its own language, keeps the server's own words as a detail, and
// falls back on the English note for any shape it does not know.
export type MailboxWords = { subject: string; note: string; detail: string };

type Event = Pick<TimelineEvent, 'type' | 'status' | 'note'>;

// Sisimai's reason names (core/mail/classify/bounce-reason.ts) that read as a plain cause.
const REASONS: Record<string, MessageKey> = {
  userunknown: 'timeline.reason.userunknown',
  hostunknown: 'timeline.reason.hostunknown',
  mailboxfull: 'timeline.reason.mailboxfull',
  mesgtoobig: 'timeline.reason.mesgtoobig',
  exceedlimit: 'timeline.reason.mesgtoobig',
  suspend: 'timeline.reason.suspend',
  hasmoved: 'timeline.reason.hasmoved',
  filtered: 'timeline.reason.filtered',
  rejected: 'timeline.reason.rejected',
  blocked: 'timeline.reason.blocked',
  spamdetected: 'timeline.reason.spam',
  badreputation: 'timeline.reason.spam',
  policyviolation: 'timeline.reason.policy',
  expired: 'timeline.reason.expired',
  networkerror: 'timeline.reason.network',
  systemerror: 'timeline.reason.system',
  systemfull: 'timeline.reason.system',
  toomanyconn: 'timeline.reason.speeding',
  speeding: 'timeline.reason.speeding',
};

const NONE: MailboxWords = { subject: '', note: '', detail: '' };

// "14 January" this year, "14 January 2027" otherwise; the date is a calendar day, not a moment.
export const returnDay = (ymd: string, language: Language, now = new Date()): string => {
  const at = new Date(`${ymd}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return ymd;
  const withYear = at.getUTCFullYear() !== now.getFullYear();
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(at);
};

// The server's words after "The address bounced: " without the reason name core put among them.
const serverWords = (rest: string, reason: string | null): string =>
  (reason ? rest.replace(new RegExp(`(^|\\s)${reason}(\\s|$)`), ' ') : rest).replace(/\s+/g, ' ').trim();

const failure = (event: Event, t: Translate, language: Language, prefix: string, key: MessageKey): MailboxWords => {
  if (!event.note.startsWith(prefix)) return { ...NONE, note: event.note };
  const rest = event.note.slice(prefix.length);
  const repeated = rest.match(/^(\d+) temporary failures over several days$/);
  if (repeated) return { ...NONE, note: plural(t, language, Number(repeated[1]), 'timeline.mailbox.repeated.one', 'timeline.mailbox.repeated.other') };
  const reason = event.status && REASONS[event.status] ? event.status : null;
  if (!reason) return { ...NONE, note: key === 'timeline.mailbox.bounced' ? t('timeline.note.bounced', { answer: rest }) : t('timeline.mailbox.softBounceRaw', { answer: rest }) };
  return { ...NONE, note: t(key, { why: t(REASONS[reason]!) }), detail: serverWords(rest, event.status) };
};

const unsubscribed = (event: Event, t: Translate): MailboxWords => {
  if (event.status === 'link') return { ...NONE, note: t('timeline.mailbox.unsubscribedLink') };
  if (event.status === 'complaint') return { ...NONE, note: t('timeline.mailbox.complaint') };
  const said = event.status === 'reply' ? event.note.match(/^Asked to stop in a reply from [^:]*: "([\s\S]*)"$/) : null;
  return said ? { ...NONE, note: t('timeline.mailbox.unsubscribedReply'), detail: `“${said[1]}”` } : { ...NONE, note: event.note };
};

export const mailboxWords = (event: Event, t: Translate, language: Language): MailboxWords => {
  switch (event.type) {
    case 'reply':
      return { subject: event.status ?? '', note: event.note, detail: '' };
    case 'auto_reply':
      return {
        subject: event.note,
        note: event.status ? t('timeline.mailbox.awayUntil', { date: returnDay(event.status, language) }) : t('timeline.mailbox.awayNoDate'),
        detail: '',
      };
    case 'unsubscribed':
      return unsubscribed(event, t);
    case 'bounced':
      return failure(event, t, language, 'The address bounced: ', 'timeline.mailbox.bounced');
    case 'soft_bounce':
      return failure(event, t, language, 'Temporary delivery failure: ', 'timeline.mailbox.softBounce');
    default:
      return { ...NONE, note: event.note };
  }
};
