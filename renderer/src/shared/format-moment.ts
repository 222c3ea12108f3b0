import type { Language } from '../i18n/i18n';

// A moment with its date, in the owner's time zone (Settings → Messages) rather than this
// computer's, so a check at 09:00 in Paris reads 09:00 wherever the window is open.
export const formatMoment = (iso: string, language: Language, timeZone: string): string => {
  const at = new Date(iso);
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
  } catch {
    // A zone this browser does not know: its own.
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  }
};
