// Calendar arithmetic for segment windows, contact figures and program clocks. Boundaries are
// computed in UTC for now: the owner's time zone comes with settings later, and then a year may
// start a few hours earlier or later.

// The same instant N calendar months earlier (negative) or later; the 31st becomes the last day
// of a shorter month (Aug 31 minus 6 months is Feb 28 or 29), as people count months.
export const addUtcMonths = (ms: number, months: number): number => {
  const date = new Date(ms);
  const firstOfTarget = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
  const target = new Date(firstOfTarget);
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), daysInTarget);
  const timeOfDay = ms - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), day) + timeOfDay;
};

// The start (00:00 UTC on the 1st) of the giving year containing `ms`, for a year that starts in
// `startMonth` (1 = January: the calendar year; 7 = a fiscal year from July to June).
export const givingYearStart = (ms: number, startMonth: number): number => {
  const date = new Date(ms);
  const year = date.getUTCMonth() + 1 >= startMonth ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return Date.UTC(year, startMonth - 1, 1);
};
