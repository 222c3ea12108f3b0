import type { SendSummary } from '../../../api';
import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { plural } from '../i18n/plural';
import { describeStop, type StopWhy } from './pause-words';

type Counted = 'sent' | 'deferred' | 'failed' | 'unknown' | 'paused' | 'waiting' | 'held';

// In the order the owner cares about: what left, what will be tried again, what needs a look.
const PARTS: [Counted, MessageKey, MessageKey][] = [
  ['sent', 'sending.summary.sent.one', 'sending.summary.sent.other'],
  ['deferred', 'sending.summary.deferred.one', 'sending.summary.deferred.other'],
  ['failed', 'sending.summary.failed.one', 'sending.summary.failed.other'],
  ['unknown', 'sending.summary.unknown.one', 'sending.summary.unknown.other'],
  ['paused', 'sending.summary.paused.one', 'sending.summary.paused.other'],
  ['waiting', 'sending.summary.waiting.one', 'sending.summary.waiting.other'],
  ['held', 'sending.summary.held.one', 'sending.summary.held.other'],
];

// What one "Send now" pass did, in one or two sentences; why sending stopped is worded from its
// code, in the window's language.
export const describeSendSummary = (summary: SendSummary, t: Translate, language: Language, why: StopWhy | null = summary.stoppedBy): string => {
  if (summary.busyWith) return t('sending.summary.busy', { holder: summary.busyWith });
  const parts = PARTS.filter(([field]) => summary[field] > 0).map(([field, one, other]) =>
    // Behind a stopped mailbox, what waits does not wait for the pace or the window.
    field === 'waiting' && summary.mailboxPaused
      ? plural(t, language, summary.waiting, 'sending.summary.waitingStopped.one', 'sending.summary.waitingStopped.other')
      : plural(t, language, summary[field], one, other),
  );
  const done = parts.length > 0 ? t('sending.summary.done', { parts: parts.join(', ') }) : summary.mailboxPaused ? '' : t('sending.summary.nothing');
  const stopped = summary.mailboxPaused ? t('sending.summary.paused', { reason: describeStop(why, summary.mailboxPaused, t) }) : '';
  return [done, stopped].filter(Boolean).join(' ');
};
