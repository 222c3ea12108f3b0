// Fixed lengths of time in milliseconds, for UTC arithmetic (calendar months: segments/segment-time.ts).
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
