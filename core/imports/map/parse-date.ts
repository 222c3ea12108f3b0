import { fold } from './fold';
import { utcZone, type WallZone } from './wall-clock';

// A date as exports write it into ms since the epoch (UTC). ISO 8601 with or without time and
// zone, Shopify's "2025-11-25 09:14:03 +0100", day-first or month-first numeric dates (the
// order is decided once per file, see date-order.ts), and "19 Mar 2026" / "Mar 19, 2026" in
// English or French. A value with no zone is a wall-clock time in some zone (the owner's, or the
// row's zone column: wall-clock.ts): parseWallDate gives it as written and says whether it named
// an offset or had a time, for the import to place it (read-cell.ts); parseDate places it in the
// zone given, UTC when none is.

export type DateOrder = 'dmy' | 'mdy';

const iso =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[T ,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?)?$/i;
const dayMonthName = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+([^\d\s,]+)\s+(\d{4})(?:[ ,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$/i;
const monthNameDay = /^([^\d\s,]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[ ,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$/i;

const months: Record<string, number> = {};
[
  ['jan', 'january', 'janv', 'janvier'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier'],
  ['mar', 'march', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai'],
  ['jun', 'june', 'juin'],
  ['jul', 'july', 'juil', 'juillet'],
  ['aug', 'august', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'decembre'],
].forEach((names, i) => names.forEach((name) => (months[name] = i + 1)));

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : monthDays[month - 1]!);

// `offsetMinutes` null: the text names no zone.
type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number; offsetMinutes: number | null };

// Days from 1970-01-01 to a valid date of the proleptic Gregorian calendar (the civil-from-days
// algorithm of H. Hinnant), as Date.UTC counts them but without a call into the runtime: a
// date on every row of a 300k-row file.
const daysFromEpoch = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

const epochOf = (year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): number | null => {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  // Date.UTC reads years 0 to 99 as 1900 to 1999; the day was checked against the year given.
  const utcYear = year >= 0 && year <= 99 ? 1900 + year : year;
  return daysFromEpoch(utcYear, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms - offsetMinutes * 60_000;
};

// A value without an offset is its wall-clock time read as UTC, for the caller's zone to place.
const toEpoch = (p: Parts): number | null => epochOf(p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms, p.offsetMinutes ?? 0);

const zoneMinutes = (zone: string | undefined): number | null => {
  if (!zone) return null;
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
};

// Two-digit years: the century that puts the date at most ten years after `now`.
const fullYear = (year: string, now: Date): number => {
  if (year.length === 4) return Number(year);
  const candidate = 2000 + Number(year);
  return candidate > now.getUTCFullYear() + 10 ? candidate - 100 : candidate;
};

const clockHour = (hour: string | undefined, meridiem: string | undefined): number => {
  const h = Number(hour ?? 0);
  if (!meridiem) return h;
  if (h < 1 || h > 12) return 99;
  return (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
};

const fromIso = (m: RegExpExecArray): number | null =>
  toEpoch({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)),
    offsetMinutes: zoneMinutes(m[8]),
  });

const fromNumeric = (m: RegExpExecArray, order: DateOrder, now: Date): number | null =>
  toEpoch({
    year: fullYear(m[3]!, now),
    month: Number(order === 'dmy' ? m[2] : m[1]),
    day: Number(order === 'dmy' ? m[1] : m[2]),
    hour: clockHour(m[4], m[7]),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: 0,
    offsetMinutes: null,
  });

const fromNamed = (day: string, monthName: string, m: RegExpExecArray): number | null => {
  const month = months[fold(monthName)];
  if (month === undefined) return null;
  return toEpoch({ year: Number(m[3]), month, day: Number(day), hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0), ms: 0, offsetMinutes: null });
};

const digitsAt = (text: string, start: number, count: number): number => {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
};

// "2023-04-05T12:34:56Z", what databases and our own corpus write, without a regular expression:
// it is the one format a 300,000-row file repeats on every line.
const fromUtcTimestamp = (text: string): number | null | undefined => {
  if (text.length !== 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(19) !== 90) return undefined;
  if (text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  return epochOf(year, month, day, hour, minute, second, 0, 0);
};

// `isOrderUsed` is set when a value was read with the day/month order (an import that learns the
// order as it reads reads such rows again if the order it used was not the file's);
// `isDateOnly` says whether the value had no time of day.
export type OrderUse = { isOrderUsed: boolean; isDateOnly?: boolean };

// What a value said besides its date: whether it named its own offset (then it is an instant).
export type DateReading = { isOrderUsed: boolean; isDateOnly: boolean; hasZone: boolean };

const reading: DateReading = { isOrderUsed: false, isDateOnly: false, hasZone: false };

// The value's wall-clock time as ms since the epoch read as UTC, or the instant itself when
// `read.hasZone`; null when the text is not a date (31/02/2024, "soon", "--05-21").
export const parseWallDate = (text: string, order: DateOrder, now: Date, read: DateReading): number | null => {
  const value = text.trim();
  read.isOrderUsed = false;
  read.isDateOnly = false;
  read.hasZone = true;
  const fast = fromUtcTimestamp(value);
  if (fast !== undefined) return fast;
  let m = iso.exec(value);
  if (m) {
    read.hasZone = m[8] !== undefined;
    read.isDateOnly = m[4] === undefined;
    return fromIso(m);
  }
  read.hasZone = false;
  m = numeric.exec(value);
  if (m) {
    read.isOrderUsed = true;
    read.isDateOnly = m[4] === undefined;
    return fromNumeric(m, order, now);
  }
  m = dayMonthName.exec(value);
  if (m) {
    read.isDateOnly = m[4] === undefined;
    return fromNamed(m[1]!, m[2]!, m);
  }
  m = monthNameDay.exec(value);
  if (m) {
    read.isDateOnly = m[4] === undefined;
    return fromNamed(m[2]!, m[1]!, m);
  }
  return null;
};

// ms since the epoch, or null when the text is not a date. A value without an offset is read in
// `zone`; a date without a time is that day's midnight there.
export const parseDate = (text: string, order: DateOrder, now: Date, use?: OrderUse, zone: WallZone = utcZone): number | null => {
  const wall = parseWallDate(text, order, now, reading);
  if (use) {
    if (reading.isOrderUsed) use.isOrderUsed = true;
    use.isDateOnly = reading.isDateOnly;
  }
  return wall === null || reading.hasZone ? wall : zone.toUtc(wall);
};

const timeOfDay = /^(\d{1,2})[:hH](\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?\s*(?:([ap])\.?m\.?)?$/i;

// A time column beside a date column (PayPal's "Time": "09:14:03", "9:14 PM", "14h30"), as ms
// since midnight, or null when it is not one.
export const parseTimeOfDay = (text: string): number | null => {
  const m = timeOfDay.exec(text.trim());
  if (!m) return null;
  const hour = clockHour(m[1], m[5]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return hour * 3_600_000 + minute * 60_000 + second * 1000 + Number((m[4] ?? '0').padEnd(3, '0'));
};

// The first two numbers of a numeric date, for deciding the order of a whole file.
export const numericDateParts = (text: string): [number, number] | null => {
  const m = numeric.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
};
