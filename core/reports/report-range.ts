import { startOfLocalDay } from '../programs/send-window';
import { validationError } from '../errors';
import { DAY_MS } from '../time-units';

// A report's days as instants: from the first moment of `from` to the first moment after `to`,
// both calendar days in the owner's time zone (a day of 23 or 25 hours at a clock change).
export type ReportRange = { from: string; to: string; startMs: number; endMs: number };

const dayFormat = new Map<string, Intl.DateTimeFormat>();

// The calendar day an instant falls on in a zone, as 2026-11-30.
export const localDay = (ms: number, timeZone: string): string => {
  let format = dayFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormat.set(timeZone, format);
  }
  return format.format(ms);
};

export const isRealDay = (day: string): boolean => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

// The first instant of a calendar day in a zone. Noon UTC is that day in most zones; a zone
// twelve hours or more from UTC needs the day before or after to land on it.
export const startOfDay = (day: string, timeZone: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const noon = Date.UTC(y, m - 1, d, 12);
  for (const shift of [0, -DAY_MS / 2, DAY_MS / 2]) {
    if (localDay(noon + shift, timeZone) === day) return startOfLocalDay(noon + shift, timeZone);
  }
  return startOfLocalDay(noon, timeZone);
};

const nextDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

// Absent ends: the first day of this month, and today.
export const reportRange = (input: { from?: string | undefined; to?: string | undefined }, now: number, timeZone: string): ReportRange => {
  const today = localDay(now, timeZone);
  const from = input.from ?? `${today.slice(0, 8)}01`;
  const to = input.to ?? today;
  for (const [field, day] of [['from', from], ['to', to]] as const) {
    if (!isRealDay(day)) throw validationError([{ path: field, message: `${day} is not a day of the calendar.` }]);
  }
  if (from > to) throw validationError([{ path: 'from', message: `The range starts (${from}) after it ends (${to}).` }]);
  return { from, to, startMs: startOfDay(from, timeZone), endMs: startOfDay(nextDay(to), timeZone) };
};
