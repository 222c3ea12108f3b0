import type { Language } from '../i18n/i18n';

// Every date and time on screen goes through here, in the owner's time zone (Settings →
// Messages, "Your time zone") rather than this computer's: a check at 09:00 in Paris reads 09:00
// wherever the window is open. A zone this browser does not know falls back to its own.
const formatter = (language: Language, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat => {
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat(language, options);
  }
};

// "7 Dec 2026, 09:14": a moment with its date.
export const formatMoment = (iso: string, language: Language, timeZone: string): string =>
  formatter(language, { dateStyle: 'medium', timeStyle: 'short' }, timeZone).format(new Date(iso));

// The calendar day a moment falls on in the owner's zone ("7 December 2026").
export const formatDate = (iso: string, language: Language, timeZone: string, dateStyle: 'medium' | 'long' = 'medium'): string =>
  formatter(language, { dateStyle }, timeZone).format(new Date(iso));

// "09:14" in a zone, 24-hour in both languages like the send window.
export const formatTime = (iso: string, language: Language, timeZone: string): string =>
  formatter(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(new Date(iso));

// A date without a time ("2026-02-01") is that date in every zone: read and shown in UTC.
export const formatDay = (ymd: string, language: Language, dateStyle: 'medium' | 'long' = 'long'): string =>
  new Intl.DateTimeFormat(language, { dateStyle, timeZone: 'UTC' }).format(new Date(`${ymd.slice(0, 10)}T00:00:00Z`));

// "UTC+01:00" for Paris in winter, "UTC−05:00" for New York; the offset at `at`, as it changes
// with daylight saving.
export const zoneOffset = (timeZone: string, at: Date = new Date()): string => {
  try {
    const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    // "GMT" alone is UTC itself; "GMT+1" has no minutes in some engines.
    const match = name.match(/^GMT([+-−])(\d{1,2})(?::(\d{2}))?$/);
    if (!match) return 'UTC+00:00';
    return `UTC${match[1] === '+' ? '+' : '−'}${match[2]!.padStart(2, '0')}:${match[3] ?? '00'}`;
  } catch {
    return 'UTC';
  }
};
