// Fixed lengths of time in milliseconds, for UTC arithmetic (calendar months: calendar/utc-months.ts).
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

// The UTC calendar day of an instant, as evidence and reasons write it (2026-03-09).
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
