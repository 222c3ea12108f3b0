import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useI18n, type Language } from '../i18n/i18n';
import { formatDate, formatDay, formatMoment, formatTime } from './format-moment';

// The owner's clock, handed to every page once by App so no screen formats a time in this
// computer's zone by accident ("one clock").
export type Clock = {
  timeZone: string;
  moment: (iso: string) => string;
  date: (iso: string, style?: 'medium' | 'long') => string;
  time: (iso: string) => string;
  day: (ymd: string, style?: 'medium' | 'long') => string;
  // A value that may be a day stored as midnight UTC (a consent date typed in a date field).
  dayOrDate: (iso: string, style?: 'medium' | 'long') => string;
};

const isMidnightUtc = (iso: string): boolean => /T00:00(:00(\.0+)?)?(Z|\+00:00)$/.test(iso);

export const clockFor = (timeZone: string, language: Language): Clock => ({
  timeZone,
  moment: (iso) => formatMoment(iso, language, timeZone),
  date: (iso, style) => formatDate(iso, language, timeZone, style),
  time: (iso) => formatTime(iso, language, timeZone),
  day: (ymd, style) => formatDay(ymd, language, style),
  dayOrDate: (iso, style) => (isMidnightUtc(iso) ? formatDay(iso, language, style) : formatDate(iso, language, timeZone, style)),
});

const ZoneContext = createContext<string>('UTC');

export const ClockProvider = ({ timeZone, children }: { timeZone: string; children: ReactNode }) => (
  <ZoneContext.Provider value={timeZone}>{children}</ZoneContext.Provider>
);

export const useClock = (): Clock => {
  const timeZone = useContext(ZoneContext);
  const { language } = useI18n();
  return useMemo(() => clockFor(timeZone, language), [timeZone, language]);
};
