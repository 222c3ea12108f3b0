// A time as a file writes it without a zone ("25/11/2026 09:14:03") is a wall-clock time in
// some zone: the owner's (Settings → Business), or the one a column of the row names (PayPal's
// "TimeZone"). This turns such a time, held as ms since the epoch read as if it were UTC, into
// the instant it names, with Intl only.
//
// Daylight saving (RFC 5545 §3.3.5, and Temporal's 'compatible' rule): a time in the hour the
// clocks skip (02:30 on the spring-forward night) is read with the offset from before the change,
// so it lands that much later (03:30); a time in the hour that happens twice (01:30 on the
// fall-back night) is the first of the two.

import { copyOf } from '../keep-text';

export type WallZone = {
  // An IANA name ("Europe/Paris") or a fixed offset as written ("UTC+01:00").
  name: string;
  toUtc: (wall: number) => number;
};

const MINUTE = 60_000;
const QUARTER = 900_000;
const DAY = 86_400_000;

const fixed = (name: string, minutes: number): WallZone => ({ name, toUtc: (wall) => wall - minutes * MINUTE });

export const utcZone: WallZone = fixed('UTC', 0);

const formatterOf = (timeZone: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
  });

// The zone's offset from UTC at the instant `ms`, in ms.
const offsetWith = (format: Intl.DateTimeFormat, ms: number): number => {
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - whole;
};

// Offsets change at most twice a year, on a quarter hour at least (Lord Howe moves by half an
// hour): one answer per zone and wall-clock day, and per quarter hour on the few days it changes. A 300k-row export spans about a thousand days;
// formatToParts costs ~5-15 µs a call (measured: 300k naive times over three years in Paris,
// 0.45 s more than UTC with one answer per hour, a few ms with one per day).
const ianaZone = (name: string): WallZone => {
  const format = formatterOf(name);
  const byDay = new Map<number, number>();
  const byQuarter = new Map<number, number>();
  const offsetForQuarter = (start: number): number => {
    // The offsets a day either side of the change: the only two this wall time can have.
    const before = offsetWith(format, start - DAY);
    const after = offsetWith(format, start + DAY);
    if (before === after) return before;
    const early = start - before;
    const late = start - after;
    const isEarly = early + offsetWith(format, early) === start;
    const isLate = late + offsetWith(format, late) === start;
    // Both: the hour happens twice, the first counts. Neither: the skipped hour, read with the
    // offset from before the change.
    if (isEarly && isLate) return Math.min(early, late) === early ? before : after;
    if (isLate && !isEarly) return after;
    return before;
  };
  // The day's one offset, or NaN when it changes that day. No zone changes twice in three days.
  const offsetForDay = (dayStart: number): number => {
    const before = offsetWith(format, dayStart - DAY);
    return before === offsetWith(format, dayStart + 2 * DAY) ? before : Number.NaN;
  };
  const offsetOf = (wall: number): number => {
    const day = Math.floor(wall / DAY);
    let offset = byDay.get(day);
    if (offset === undefined) {
      if (byDay.size > 100_000) byDay.clear();
      offset = offsetForDay(day * DAY);
      byDay.set(day, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    const quarter = Math.floor(wall / QUARTER);
    let known = byQuarter.get(quarter);
    if (known === undefined) {
      if (byQuarter.size > 100_000) byQuarter.clear();
      known = offsetForQuarter(quarter * QUARTER);
      byQuarter.set(quarter, known);
    }
    return known;
  };
  return { name, toUtc: (wall) => wall - offsetOf(wall) };
};

// The abbreviations PayPal and other exports print, as the offsets they stand for. They say
// whether summer time applies, so no rule is needed. "CST" is the US Central one (PayPal's
// American accounts), "IST" is left out: India, Ireland and Israel all write it.
const abbreviations: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0, WET: 0, BST: 60, WEST: 60, CET: 60, CEST: 120, MEZ: 60, MESZ: 120, EET: 120, EEST: 180, MSK: 180,
  HST: -600, HDT: -540, AKST: -540, AKDT: -480, PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  AST: -240, ADT: -180, NST: -210, NDT: -150, JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, ACDT: 630, AEST: 600,
  AEDT: 660, NZST: 720, NZDT: 780,
};

const offsetPattern = /^(?:(?:UTC|GMT|UT)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

const isIana = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

const zones = new Map<string, WallZone | null>();

// The zone a cell or a setting names, or null when it names none we know. Kept per distinct
// text: a zone column repeats a handful of values.
export const zoneNamed = (text: string): WallZone | null => {
  const known = zones.get(text);
  if (known !== undefined) return known;
  const zone = readZone(text.trim());
  if (zones.size < 10_000) zones.set(copyOf(text), zone);
  return zone;
};

const readZone = (text: string): WallZone | null => {
  if (!text) return null;
  const upper = text.toUpperCase();
  const minutes = abbreviations[upper];
  if (minutes !== undefined) return fixed(upper, minutes);
  const m = offsetPattern.exec(text);
  if (m) {
    const hours = Number(m[2]);
    const mins = Number(m[3] ?? '0');
    if (hours > 14 || mins > 59) return null;
    return fixed(text, (m[1] === '-' ? -1 : 1) * (hours * 60 + mins));
  }
  // Other short abbreviations are ambiguous, though Intl knows some of them as Java's old ids
  // ("IST" as Kolkata, "ECT" as Paris): a file writing them means something else.
  if (/^[A-Za-z]{2,5}$/.test(text)) return null;
  // Intl accepts "utc" and "europe/paris" and canonicalises case itself.
  if (/^[A-Za-z][\w+-]*(?:\/[\w+-]+)*$/.test(text) && isIana(text)) return ianaZone(new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone);
  return null;
};
