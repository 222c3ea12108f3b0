// A datetime-local input holds a wall-clock time with no zone. Relance fills and reads it in the
// owner's time zone, so "09:30" typed in New York for a Paris business means 09:30 in Paris.
const pad = (n: number) => String(n).padStart(2, '0');

const wallParts = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
};

// The zone's offset from UTC at `ms`, in ms (Paris in winter: +1 h).
const offsetAt = (ms: number, timeZone: string): number => {
  const p = wallParts(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
};

export const toZonedInput = (date: Date, timeZone: string): string => {
  const p = wallParts(date.getTime(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
};

// The instant a wall-clock "2026-03-01T09:30" names in the zone, or null when it is not one.
export const fromZonedInput = (value: string, timeZone: string): Date | null => {
  const match = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset across a daylight-saving change.
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone);
  return Number.isNaN(at) ? null : new Date(at);
};
