import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { formatFullWhen } from './outbox-words';

// Core explains each message in English clauses joined by "; " ("cart 2 of 3, unless they buy
// or reply; moved to 2026-03-09 08:00 UTC, inside the send window (weekdays 9:00–18:00)").
// The window words the shapes it knows in its own language, with dates in local time, and
// shows any other clause as core wrote it.
type Words = { t: Translate; language: Language };
type Rule = { pattern: RegExp; word: (match: RegExpMatchArray, words: Words) => string };

const day = (ymd: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// 2024-01-07 was a Sunday: day i of that week names weekday i.
const weekdayName = (index: number, language: Language): string =>
  new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + index));

const windowWords = (text: string, { t, language }: Words): string => {
  const match = text.match(/^(.*?) ?(\d{1,2}:00–\d{1,2}:00)$/);
  if (!match) return text;
  const days = match[1] === 'weekdays' ? t('outbox.reason.weekdays') : match[1]!.split(', ').map((name) => (WEEKDAYS.includes(name) ? weekdayName(WEEKDAYS.indexOf(name), language) : name)).join(', ');
  return `${days} ${match[2]}`.trim();
};

const FIELDS: Record<string, MessageKey> = {
  'the promo code (Settings → Programs)': 'outbox.field.promoCode',
  'the Google Place ID (Settings → Programs)': 'outbox.field.placeId',
  'the business name (Settings)': 'outbox.field.businessName',
  'the postal address (Settings)': 'outbox.field.postalAddress',
  'the reply address (Settings)': 'outbox.field.replyAddress',
  'the sender name (Settings)': 'outbox.field.senderName',
  template: 'outbox.field.template',
};

const STOPS: Record<string, MessageKey> = {
  'they ordered': 'outbox.reason.stopped.order',
  'they replied': 'outbox.reason.stopped.reply',
  'they unsubscribed': 'outbox.reason.stopped.unsubscribed',
  'the address bounced': 'outbox.reason.stopped.bounced',
};

const fixed = (text: string, key: MessageKey): Rule => ({ pattern: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), word: (_, { t }) => t(key) });

const RULES: Rule[] = [
  { pattern: /^cart (\d+) of (\d+), unless they buy or reply$/, word: ([, step, steps], { t }) => t('outbox.reason.cart', { step: step!, steps: steps! }) },
  { pattern: /^cart (\d+) of (\d+)$/, word: ([, step, steps], { t }) => t('outbox.reason.cartStep', { step: step!, steps: steps! }) },
  {
    pattern: /^stopped: (.+) on (\d{4}-\d{2}-\d{2})$/,
    word: ([whole, why, date], { t, language }) => (STOPS[why!] ? t(STOPS[why!]!, { date: day(date!, language) }) : whole),
  },
  {
    pattern: /^moved to (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC, inside the send window \((.*)\)$/,
    word: ([, date, time, window], words) =>
      words.t('outbox.reason.moved', { when: formatFullWhen(`${date}T${time}:00Z`, words.language), window: windowWords(window!, words) }),
  },
  {
    pattern: /^moved to (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC: at most one message a day per person$/,
    word: ([, date, time], words) => words.t('outbox.reason.oneADay', { when: formatFullWhen(`${date}T${time}:00Z`, words.language) }),
  },
  {
    pattern: /^missing: (.+)$/,
    word: ([, list], { t }) => t('outbox.reason.missing', { fields: list!.split(', ').map((field) => (FIELDS[field] ? t(FIELDS[field]!) : field)).join(', ') }),
  },
  fixed('cancelled: the person unsubscribed or is on the suppression list', 'outbox.reason.suppressed'),
  fixed('needs a legal basis (consent, soft opt-in, legitimate interest…) before it can go', 'outbox.reason.noBasis'),
  fixed('no email address or phone number to reach them', 'outbox.reason.unreachable'),
  fixed('cancelled: it no longer applies', 'outbox.reason.noLongerApplies'),
  fixed('reactivation: one plain question, unless they reply or buy first', 'outbox.reason.reactivation'),
  {
    pattern: /^reactivation, deferred: at least (\d+) months after the last one \((\d{4}-\d{2}-\d{2})\)$/,
    word: ([, months, date], { t, language }) => t('outbox.reason.afterLast', { months: months!, date: day(date!, language) }),
  },
  {
    pattern: /^reactivation, deferred: at least (\d+) months after the last real contact \((\d{4}-\d{2}-\d{2})\)$/,
    word: ([, months, date], { t, language }) => t('outbox.reason.afterContact', { months: months!, date: day(date!, language) }),
  },
  { pattern: /^reactivation, deferred: at most (\d+) a year$/, word: ([, count], { t }) => t('outbox.reason.perYear', { count: count! }) },
  { pattern: /^reactivation, deferred: (\d+) days after the cart messages$/, word: ([, days], { t }) => t('outbox.reason.coolDown', { days: days! }) },
  {
    pattern: /^re-permission: no real contact since (\d{4}-\d{2}-\d{2}), more than 3 years ago$/,
    word: ([, date], { t, language }) => t('outbox.reason.repermission', { date: day(date!, language) }),
  },
  fixed('the only message they can get', 'outbox.reason.onlyOne'),
  {
    pattern: /^no real contact since (\d{4}-\d{2}-\d{2}): the one re-permission message was already sent$/,
    word: ([, date], { t, language }) => t('outbox.reason.repermissionSent', { date: day(date!, language) }),
  },
  { pattern: /^review request, (\d+) days after delivery$/, word: ([, days], { t }) => t('outbox.reason.review', { days: days! }) },
  fixed('the one reminder, unless they reply', 'outbox.reason.reminder'),
  fixed('on hold: the contact has an open complaint', 'outbox.reason.complaint'),
];

const clause = (text: string, words: Words): string => {
  for (const rule of RULES) {
    const match = text.match(rule.pattern);
    if (match) return rule.word(match, words);
  }
  return text;
};

export const describeReason = (reason: string, t: Translate, language: Language): string => {
  const text = reason
    .split('; ')
    .map((part) => clause(part.trim(), { t, language }))
    .filter(Boolean)
    // French sets a space before a semicolon.
    .join(language === 'fr' ? ' ; ' : '; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
