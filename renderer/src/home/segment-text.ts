import type { SegmentId, SegmentSummary } from '../../../api';
import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';
import { segmentName } from '../segments/segment-words';

type Forms = { one: MessageKey; other: MessageKey };
type Period = Forms & { param: string };
type CardWords = { zero: MessageKey } & Forms & { period?: Period };

const span = (unit: 'days' | 'months' | 'years', param: string): Period => ({
  param,
  one: `home.span.${unit}.one`,
  other: `home.span.${unit}.other`,
});

const words = (id: SegmentId, period?: Period): CardWords => ({
  zero: `home.card.${id}.zero`,
  one: `home.card.${id}.one`,
  other: `home.card.${id}.other`,
  period,
});

// Each built-in segment's sentence and the parameter it quotes (segments.list gives the values).
const CARDS: Record<SegmentId, CardWords> = {
  'carts-to-recover': words('carts-to-recover', { param: 'days', one: 'home.within.days.one', other: 'home.within.days.other' }),
  'lapsed-customers': words('lapsed-customers', span('months', 'months')),
  lybunt: words('lybunt'),
  sybunt: words('sybunt'),
  'silent-prospects': words('silent-prospects', span('months', 'months')),
  'review-ready': words('review-ready', span('days', 'days')),
  'beyond-3-years': words('beyond-3-years', span('years', 'years')),
  'repermission-unanswered': words('repermission-unanswered', span('days', 'days')),
};

// French says "0 jour" and "1 jour", English "0 days" and "1 day".
const form = (language: Language, count: number, forms: Forms): MessageKey => pluralKey(language, count, forms.one, forms.other);

export type CardText = { title: string; sentence: string; note: string | null };

export const monthName = (language: Language, month: number): string =>
  new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

// The card of one segment: "12 carts to recover, abandoned in the last 7 days", with a calm
// sentence when nobody is in it.
export type BuiltInSummary = Pick<SegmentSummary, 'count' | 'params'> & { id: SegmentId };

export const cardText = (t: Translate, language: Language, segment: BuiltInSummary): CardText => {
  const card = CARDS[segment.id];
  const value = card.period ? (segment.params[card.period.param] ?? 0) : 0;
  const period = card.period ? t(form(language, value, card.period), { count: value }) : '';
  const { count } = segment;
  const sentence = t(count === 0 ? card.zero : form(language, count, card), { count, period });
  const startMonth = segment.params.fiscalYearStartMonth;
  const note = startMonth !== undefined && startMonth !== 1 ? t('home.card.fiscalYear', { month: monthName(language, startMonth) }) : null;
  // The title is the segment's one name, the same as on the Segments page.
  const title = segmentName({ id: segment.id, kind: 'built-in', name: segment.id, params: segment.params }, t, language);
  return { title, sentence, note };
};
