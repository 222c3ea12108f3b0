import type { OutboxEntry } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';

const DAY_MS = 86_400_000;

// "Cart 2 of 3", "Reactivation", "Review reminder": the program and where this message stands in it.
export const programLabel = (entry: Pick<OutboxEntry, 'program' | 'step' | 'steps'>, t: Translate): string => {
  switch (entry.program) {
    case 'cart-recovery':
      return t('outbox.program.cart', { step: entry.step, steps: entry.steps });
    case 'reactivation':
      // Step 2 of reactivation is the one re-permission message after three silent years.
      return entry.step === 2 ? t('outbox.program.repermission') : t('outbox.program.reactivation');
    case 'review-request':
      return entry.step === 2 ? t('outbox.program.reviewReminder') : t('outbox.program.review');
  }
};

export const stateLabel = (state: OutboxEntry['state'], t: Translate): string => t(`outbox.state.${state}`);

// "Thu 10:14" within six days either way, where the weekday alone is unambiguous; the date too
// beyond that, and the year when it is not this one. Always the local time zone.
export const formatWhen = (iso: string, language: Language, now = Date.now()): string => {
  const at = new Date(iso);
  const isNear = Math.abs(at.getTime() - now) < 6 * DAY_MS;
  const isThisYear = at.getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    ...(isNear ? {} : { day: 'numeric', month: 'short' }),
    ...(isNear || isThisYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
};

// "Thursday 12 March 2026 at 10:14", for the detail panel and tooltips.
export const formatFullWhen = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
