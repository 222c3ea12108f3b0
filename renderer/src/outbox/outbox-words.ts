import type { OutboxEntry } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';
import { formatTime } from '../shared/format-moment';

const DAY_MS = 86_400_000;

// "Cart 2 of 3", "Reactivation", "Review reminder", "Quote follow-up 1 of 2": the program and
// where this message stands in it.
export const programLabel = (entry: Pick<OutboxEntry, 'program' | 'step' | 'steps'>, t: Translate): string => {
  switch (entry.program) {
    case 'cart-recovery':
      return t('outbox.program.cart', { step: entry.step, steps: entry.steps });
    case 'reactivation':
      // Step 2 of reactivation is the one re-permission message after three silent years.
      return entry.step === 2 ? t('outbox.program.repermission') : t('outbox.program.reactivation');
    case 'review-request':
      return entry.step === 2 ? t('outbox.program.reviewReminder') : t('outbox.program.review');
    case 'checkout-unpaid':
      return t('outbox.program.checkout', { step: entry.step, steps: entry.steps });
    case 'product-viewed':
      return t('outbox.program.productViewed');
    case 'quote-follow-up':
      return t('outbox.program.quote', { step: entry.step, steps: entry.steps });
  }
};

export const stateLabel = (state: OutboxEntry['state'], t: Translate): string => t(`outbox.state.${state}`);

// "Thu 10:14" within six days either way, where the weekday alone is unambiguous; the date too
// beyond that, and the year when it is not this one. In the owner's zone (the computer's without one).
export const formatWhen = (iso: string, language: Language, now = Date.now(), timeZone?: string): string => {
  const at = new Date(iso);
  const isNear = Math.abs(at.getTime() - now) < 6 * DAY_MS;
  const yearOf = (date: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(date);
  const isThisYear = yearOf(at) === yearOf(new Date(now));
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    ...(isNear ? {} : { day: 'numeric', month: 'short' }),
    ...(isNear || isThisYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
};

// "Thursday 12 March 2026 at 10:14", for the detail panel and tooltips.
export const formatFullWhen = (iso: string, language: Language, timeZone?: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(new Date(iso));

// The recipient's zone when core read their send window in another zone than the owner's: it
// says so in the reason ("in their time zone (America/New_York)", core/programs/checks.ts).
export const THEIR_ZONE = /^in their time zone \(([^)]+)\)$/;
export const theirZoneOf = (reason: string): string | null =>
  reason.split('; ').map((part) => part.trim().match(THEIR_ZONE)?.[1]).find(Boolean) ?? null;

// "Thu 09:00 their time, 15:00 yours" for a message read in the recipient's zone; the owner's
// time alone otherwise.
export const formatWhenBoth = (iso: string, language: Language, t: Translate, now: number, ownerZone: string, theirZone: string | null): string =>
  theirZone && theirZone !== ownerZone
    ? t('clock.bothZones', { their: formatWhen(iso, language, now, theirZone), yours: formatTime(iso, language, ownerZone) })
    : formatWhen(iso, language, now, ownerZone);

export const formatFullWhenBoth = (iso: string, language: Language, t: Translate, ownerZone: string, theirZone: string | null): string =>
  theirZone && theirZone !== ownerZone
    ? t('clock.bothZones', { their: formatFullWhen(iso, language, theirZone), yours: formatTime(iso, language, ownerZone) })
    : formatFullWhen(iso, language, ownerZone);
