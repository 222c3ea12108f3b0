// Fixed lengths of time in milliseconds, for UTC arithmetic (calendar months: segments/segment-time.ts).
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
