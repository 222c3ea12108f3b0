import type { DonorReport } from '../../api';
import type { Db } from '../../db/open-database';
import { listedMoneyInSql, refundedCte } from './money-in';
import { startOfDay, type ReportRange } from './report-range';

type Sqlite = Db['$client'];

const GIFT = listedMoneyInSql('d', "'donation'");
const REFUNDED = refundedCte("'donation'");

// The giving year the range's last day falls in (named by the year it starts in), and where it
// and the one before start, in the owner's zone.
export const givingYearOf = (range: ReportRange, startMonth: number, timeZone: string): { year: number; startMs: number; lastStartMs: number } => {
  const [y, m] = range.to.split('-').map(Number) as [number, number];
  const year = m >= startMonth ? y : y - 1;
  const month = String(startMonth).padStart(2, '0');
  return { year, startMs: startOfDay(`${year}-${month}-01`, timeZone), lastStartMs: startOfDay(`${year - 1}-${month}-01`, timeZone) };
};

// Retention and LYBUNT won back look at the giving year the range ends in, up to its last day;
// new and returning donors and the average gift look at the range itself.
export const donorReport = (sqlite: Sqlite, range: ReportRange, startMonth: number, timeZone: string): DonorReport => {
  const { year, startMs, lastStartMs } = givingYearOf(range, startMonth, timeZone);
  // One pass over the gifts up to the range's end, grouped per donor (the index's own order).
  const per = sqlite.prepare(`
    WITH ${REFUNDED},
    per AS (
      SELECT d.contact_id, max(d.occurred_at < @start) AS isBefore, max(d.occurred_at >= @start) AS isInRange,
        max(d.occurred_at >= @lastYear AND d.occurred_at < @thisYear) AS gaveLastYear,
        min(d.occurred_at) FILTER (WHERE d.occurred_at >= @thisYear) AS firstThisYear
      FROM contact_events d WHERE d.occurred_at < @end AND ${GIFT} GROUP BY d.contact_id
    )
    SELECT count(*) FILTER (WHERE gaveLastYear) AS lastYearDonors, count(*) FILTER (WHERE gaveLastYear AND firstThisYear IS NOT NULL) AS gaveAgain,
      count(*) FILTER (WHERE gaveLastYear AND firstThisYear > (SELECT min(o.sent_at) FROM outbox o
        WHERE o.contact_id = per.contact_id AND o.program = 'reactivation' AND o.sent_at >= @thisYear AND o.sent_at < @end)) AS lybuntWonBack,
      count(*) FILTER (WHERE isInRange AND NOT isBefore) AS newDonors, count(*) FILTER (WHERE isInRange AND isBefore) AS returningDonors
    FROM per`)
    .get({ lastYear: lastStartMs, thisYear: startMs, start: range.startMs, end: range.endMs }) as
      { lastYearDonors: number; gaveAgain: number; lybuntWonBack: number; newDonors: number; returningDonors: number };
  const averages = sqlite.prepare(`WITH ${REFUNDED} SELECT d.currency, round(avg(d.amount_minor)) AS average FROM contact_events d
    WHERE d.occurred_at >= @start AND d.occurred_at < @end AND d.amount_minor IS NOT NULL AND d.currency IS NOT NULL AND ${GIFT} GROUP BY d.currency`)
    .all({ start: range.startMs, end: range.endMs }) as { currency: string; average: number }[];
  return {
    givingYear: year,
    ...per,
    retentionRate: per.lastYearDonors === 0 ? null : per.gaveAgain / per.lastYearDonors,
    averageGiftMinor: Object.fromEntries(averages.map((a) => [a.currency, a.average])),
  };
};
