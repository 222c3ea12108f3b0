export type MonthStart = { month: string; ms: number };

// The first instant (00:00 UTC on the 1st) of each of the `count` calendar months ending with
// the one that contains `now`, oldest first, each with its 'YYYY-MM' name.
export const monthWindow = (now: number, count: number): MonthStart[] => {
  const today = new Date(now);
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  return Array.from({ length: count }, (_, index) => {
    // Date.UTC carries a negative or overflowing month into the year.
    const ms = Date.UTC(year, month - (count - 1) + index, 1);
    const start = new Date(ms);
    return { month: `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`, ms };
  });
};
