import { toZonedInput } from '../shared/zoned-input';

// The ranges the page offers; days are calendar days in the owner's zone, both ends included
// (api/reports.ts reads them the same way).
export const rangeKinds = ['month', 'year', 'giving', 'custom'] as const;
export type RangeKind = (typeof rangeKinds)[number];
export type Range = { from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number): string => {
  // Date.UTC carries an overflowing month or day into the next one, so 2026-02-31 never appears.
  const at = new Date(Date.UTC(year, month - 1, day));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
};

// Today as the owner's wall clock reads it, not this computer's.
export const todayIn = (timeZone: string, now: Date = new Date()): string => toZonedInput(now, timeZone).slice(0, 10);

export const rangeFor = (kind: Exclude<RangeKind, 'custom'>, today: string, fiscalYearStartMonth: number): Range => {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  switch (kind) {
    case 'month':
      return { from: ymd(year, month, 1), to: today };
    case 'year':
      // Twelve months back to the day after: 8 December 2025 to 7 December 2026.
      return { from: ymd(year - 1, month, day + 1), to: today };
    case 'giving': {
      const startYear = month >= fiscalYearStartMonth ? year : year - 1;
      return { from: ymd(startYear, fiscalYearStartMonth, 1), to: today };
    }
  }
};

export const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && ymd(...(value.split('-').map(Number) as [number, number, number])) === value;

// A custom range the page can ask for: two real days, the first not after the second.
export const isValidRange = ({ from, to }: Range): boolean => isDay(from) && isDay(to) && from <= to;
