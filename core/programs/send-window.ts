import { HOUR_MS } from './program-types';

// When messages may leave (DESIGN.md §1): by default weekdays 9:00–18:00 in the recipient's
// time zone, falling back to the owner's.
export type SendWindow = { days: readonly number[]; startHour: number; endHour: number };

export const DEFAULT_WINDOW: SendWindow = { days: [1, 2, 3, 4, 5], startHour: 9, endHour: 18 };

type LocalTime = { weekday: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  return format;
};
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export const localTime = (ms: number, timeZone: string): LocalTime => {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(ms).map((p) => [p.type, p.value]));
  return { weekday: WEEKDAYS[parts.weekday!]!, hour: Number(parts.hour), minute: Number(parts.minute) };
};

export const isInWindow = (ms: number, window: SendWindow, timeZone: string): boolean => {
  const { weekday, hour } = localTime(ms, timeZone);
  return window.days.includes(weekday) && hour >= window.startHour && hour < window.endHour;
};

// The first instant at or after `ms` inside the window. Walks in whole local hours (then back to
// the top of the hour), which stays right across daylight-saving changes; a week of hours at most.
export const nextInWindow = (ms: number, window: SendWindow, timeZone: string): number => {
  if (window.days.length === 0 || window.startHour >= window.endHour) return ms;
  if (isInWindow(ms, window, timeZone)) return ms;
  const { minute } = localTime(ms, timeZone);
  let candidate = ms - (ms % 60_000) - minute * 60_000 + HOUR_MS;
  for (let i = 0; i < 24 * 8; i += 1, candidate += HOUR_MS) {
    if (isInWindow(candidate, window, timeZone)) return candidate;
  }
  return ms;
};

export const describeWindow = (window: SendWindow): string => {
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const days = window.days.length === 5 && [1, 2, 3, 4, 5].every((d) => window.days.includes(d)) ? 'weekdays' : window.days.map((d) => names[d]).join(', ');
  return `${days} ${window.startHour}:00–${window.endHour}:00`;
};
