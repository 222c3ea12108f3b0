import type { CustomCondition, CustomFilter, SegmentSummary } from '../../../api';
import { isMessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';
import { countryName } from '../shared/countries';
import { languageName } from '../shared/languages';

// Segments in the window's language: built-in ones from their `rule` and parameters, custom
// ones from their conditions, never from the English sentence core also sends.


type Unit = 'day' | 'month' | 'year' | 'order' | 'donation';

// French treats 0 and 1 as singular, English only 1: Intl knows both rules.
export const quantity = (t: Translate, language: Language, count: number, unit: Unit): string =>
  t(`segments.unit.${unit}.${pluralKey(language, count, 'one', 'other')}`, { count });

export const monthName = (month: number, language: Language): string =>
  new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

// A month on its own, as in a list of choices: "Juillet", not "juillet".
export const monthLabel = (month: number, language: Language): string => {
  const name = monthName(month, language);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
};

export const money = (minor: number, language: Language): string =>
  new Intl.NumberFormat(language, { minimumFractionDigits: minor % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(minor / 100);

// Every page names a segment through here, so a built-in one has the same name everywhere
// (i18n/en-segment-names.ts); a custom one keeps the name its owner gave it.
type Named = Pick<SegmentSummary, 'id' | 'kind' | 'name'> & { params?: Partial<Record<string, number>> };

export const segmentName = (segment: Named, t: Translate, language: Language): string => {
  const key = `segment.name.${segment.id}`;
  if (segment.kind !== 'built-in' || !isMessageKey(key)) return segment.name;
  // Only "Beyond 3 years" quotes a parameter; its id names the default.
  return t(key, { years: quantity(t, language, segment.params?.years ?? 3, 'year') });
};

const builtInSentence = (segment: SegmentSummary, t: Translate, language: Language): string => {
  if (!isMessageKey(segment.rule)) return segment.description;
  const { days, months, years, fiscalYearStartMonth } = segment.params;
  const values: Record<string, string> = {};
  if (days !== undefined) values.days = quantity(t, language, days, 'day');
  if (months !== undefined) values.months = quantity(t, language, months, 'month');
  if (years !== undefined) values.years = quantity(t, language, years, 'year');
  if (fiscalYearStartMonth !== undefined) {
    values.year = fiscalYearStartMonth === 1 ? t('segments.calendarYear') : t('segments.yearFrom', { month: monthName(fiscalYearStartMonth, language) });
  }
  return t(segment.rule, values);
};

export const conditionPhrase = (c: CustomCondition, t: Translate, language: Language): string => {
  const period = (amount: number, unit: 'days' | 'months') => quantity(t, language, amount, unit === 'days' ? 'day' : 'month');
  switch (c.field) {
    case 'kind':
      return t(`segments.phrase.kind.${c.op}`, { kind: t(`segments.kinds.${c.value}`) });
    case 'tag':
      return t(`segments.phrase.tag.${c.op}`, { tag: c.value });
    case 'country':
      return t(`segments.phrase.country.${c.op}`, { country: countryName(c.value, language) });
    case 'language':
      return t(`segments.phrase.language.${c.op}`, { language: languageName(c.value, t) });
    case 'consent':
      if (c.value === 'none') return t(c.op === 'is' ? 'segments.phrase.consent.isNone' : 'segments.phrase.consent.isNotNone');
      return t(`segments.phrase.consent.${c.op}`, { basis: t(`consent.${c.value}`) });
    case 'unsubscribed':
      return t(`segments.phrase.unsubscribed.${c.op}`);
    case 'lifetimeValue':
    case 'givenThisYear':
      return t(`segments.phrase.${c.field}.${c.op}`, { amount: money(c.value, language) });
    case 'orderCount':
    case 'donationCount':
      return t(`segments.phrase.count.${c.op}`, { quantity: quantity(t, language, c.value, c.field === 'orderCount' ? 'order' : 'donation') });
    case 'lastOrder':
    case 'lastDonation':
    case 'lastMeaningful':
    case 'createdAt':
      return c.op === 'never' ? t(`segments.phrase.${c.field}.never`) : t(`segments.phrase.${c.field}.${c.op}`, { period: period(c.amount, c.unit) });
  }
};

export const filterSentence = (filter: CustomFilter, t: Translate, language: Language): string => {
  const phrases = filter.conditions.map((c) => conditionPhrase(c, t, language));
  const last = phrases.pop() ?? '';
  const conditions = phrases.length > 0 ? `${phrases.join(', ')} ${t('segments.and')} ${last}` : last;
  return t('segments.sentence', { conditions });
};

export const segmentSentence = (segment: SegmentSummary, t: Translate, language: Language): string =>
  segment.filter ? filterSentence(segment.filter, t, language) : builtInSentence(segment, t, language);
