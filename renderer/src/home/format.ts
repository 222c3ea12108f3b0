import type { Language } from '../i18n/i18n';
import { minorDigits } from '../shared/money';

const monthDate = (month: string): number => {
  const [year, index] = month.split('-').map(Number);
  return Date.UTC(year!, index! - 1, 1);
};

// 'YYYY-MM' as a person reads it: "Mar 26" on an axis, "March 2026" in a tooltip or a table.
export const monthLabel = (language: Language, month: string, length: 'short' | 'long'): string =>
  new Intl.DateTimeFormat(language, {
    month: length,
    year: length === 'short' ? '2-digit' : 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(month));

export type MoneyFormat = { full: (minor: number) => string; compact: (minor: number) => string };

// Amounts arrive in minor units; the currency says how many digits those are (EUR 2, JPY 0).
export const moneyFormat = (language: Language, currency: string): MoneyFormat => {
  const full = new Intl.NumberFormat(language, { style: 'currency', currency });
  const digits = minorDigits(currency);
  const compact = new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  const major = (minor: number) => minor / 10 ** digits;
  return { full: (minor) => full.format(major(minor)), compact: (minor) => compact.format(major(minor)) };
};
