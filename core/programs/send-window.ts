import { DAY_MS, HOUR_MS } from '../time-units';

// When messages may leave (docs/practice.md): by default weekdays 9:00–18:00 in the recipient's
// time zone, falling back to the owner's.
export type SendWindow = { days: readonly number[]; startHour: number; endHour: number };

export const DEFAULT_WINDOW: SendWindow = { days: [1, 2, 3, 4, 5], startHour: 9, endHour: 18 };

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
};

// The zone's offset from UTC at `ms`, in ms (Paris in summer: +2 h). Offsets change on whole
// quarter hours at most, so one answer per zone and quarter hour is kept: formatToParts costs
// ~15 µs and planning 10,000 messages asks a few times per message.
const offsets = new Map<string, number>();
const QUARTER = 900_000;
const offsetAt = (ms: number, timeZone: string): number => {
  const key = `${timeZone}@${Math.floor(ms / QUARTER)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  if (offsets.size > 50_000) offsets.clear();
  const offset = computeOffset(ms - (ms % QUARTER), timeZone);
  offsets.set(key, offset);
  return offset;
};

const computeOffset = (ms: number, timeZone: string): number => {
  const p = Object.fromEntries(formatterFor(timeZone).formatToParts(ms).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - (ms - (ms % 1000));
};


// Local wall-clock time as a UTC timestamp ("10:14 on Thursday" read with getUTC*), and back.
const toWall = (ms: number, timeZone: string): number => ms + offsetAt(ms, timeZone);
const fromWall = (wall: number, timeZone: string): number => {
  const guess = wall - offsetAt(wall, timeZone);
  // One correction: the offset at the guess is the one that applies after a daylight-saving change.
  return wall - offsetAt(guess, timeZone);
};

export const isInWindow = (ms: number, window: SendWindow, timeZone: string): boolean => {
  const wall = new Date(toWall(ms, timeZone));
  const hour = wall.getUTCHours();
  return window.days.includes(wall.getUTCDay()) && hour >= window.startHour && hour < window.endHour;
};

// The first instant at or after `ms` inside the window: today's opening if it is still to
// come, else the opening of the next allowed day (a week ahead at most).
export const nextInWindow = (ms: number, window: SendWindow, timeZone: string): number => {
  if (window.days.length === 0 || window.startHour >= window.endHour) return ms;
  if (isInWindow(ms, window, timeZone)) return ms;
  const wall = toWall(ms, timeZone);
  const midnight = wall - (wall % DAY_MS);
  for (let day = 0; day <= 7; day += 1) {
    const opening = midnight + day * DAY_MS + window.startHour * HOUR_MS;
    if (opening < wall || !window.days.includes(new Date(opening).getUTCDay())) continue;
    return fromWall(opening, timeZone);
  }
  return ms;
};

// The first instant at or after `ms` inside the window in every one of `zones` (a contact in the
// United States without a state: New York and Los Angeles at once), or null when they share no
// hour of it within a week (Russia's eleven zones and a 9-hour window). Each step moves to the
// next opening of a zone that is closed, so no shared instant is ever skipped.
export const nextInWindowAll = (ms: number, window: SendWindow, zones: readonly string[]): number | null => {
  let at = ms;
  for (let pass = 0; pass < 200 && at - ms <= 8 * DAY_MS; pass += 1) {
    let isMoved = false;
    for (const zone of zones) {
      const next = nextInWindow(at, window, zone);
      if (next > at) {
        at = next;
        isMoved = true;
      }
    }
    if (!isMoved) return at;
  }
  return null;
};

export const describeWindow = (window: SendWindow): string => {
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const days = window.days.length === 5 && [1, 2, 3, 4, 5].every((d) => window.days.includes(d)) ? 'weekdays' : window.days.map((d) => names[d]).join(', ');
  return `${days} ${window.startHour}:00–${window.endHour}:00`;
};

// The first instant of the local day: where "today" starts for the owner (a day of 23 or 25
// hours at a daylight-saving change, so not the end of the day less 24 hours).
export const startOfLocalDay = (ms: number, timeZone: string): number => {
  const wall = toWall(ms, timeZone);
  return fromWall(wall - (wall % DAY_MS), timeZone);
};

// The first instant of the next local day: where "today" ends for the owner.
export const endOfLocalDay = (ms: number, timeZone: string): number => {
  const wall = toWall(ms, timeZone);
  return fromWall(wall - (wall % DAY_MS) + DAY_MS, timeZone);
};
