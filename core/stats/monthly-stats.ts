import { sql, type SQL } from 'drizzle-orm';
import type { MonthFigures, MonthlyStats, ParsedInput } from '../../api';
import type { Db } from '../../db/open-database';
import type { CoreContext } from '../context';
import { notRefundedAs } from '../timeline/derived-sql';
import { monthWindow, type MonthStart } from './month-window';

type Group = { month: number; type: 'order' | 'donation'; currency: string | null; n: number; minor: number };

// Orders and donations per calendar month (UTC, like the segment windows) up to now, in one
// GROUP BY. Portable SQL (docs/architecture.md): months are told apart by comparing with their first
// instants rather than with strftime.
export const monthlyStats = ({ db, clock }: Pick<CoreContext, 'db' | 'clock'>, input: ParsedInput<'stats.monthly'>): MonthlyStats => {
  const now = clock.now().getTime();
  const window = monthWindow(now, input.months);
  // `e.type || ''` keeps SQLite off the (type, occurred_at) index: the window is most of a
  // timeline, and reading amounts in file order beats fetching each row through the index
  // (304k events, 24 months: 250 ms against 530 ms; grouping is ~130 ms of it). The month comes
  // first in GROUP BY so no index can offer that order instead. A donation counts unless a refund
  // of the same contact carries its reference: the rule of LYBUNT and SYBUNT (core/segments).
  // Only what completed is an order or a gift (C8): a failed or pending payment is no money in.
  const groups = db.all<Group>(sql`
    SELECT ${monthOf(window, 0, window.length)} AS month, e.type AS type, e.currency AS currency,
      count(*) AS n, coalesce(sum(e.amount_minor), 0) AS minor
    FROM contact_events e
    WHERE e.type || '' IN ('order', 'donation') AND e.occurred_at >= ${window[0]!.ms} AND e.occurred_at <= ${now}
      AND e.outcome = 'completed' AND (e.type = 'order' OR ${notRefundedAs('e')})
    GROUP BY month, e.type, e.currency`);

  const currencies = rankCurrencies(groups);
  const currency = input.currency ?? currencies[0] ?? null;
  const months: MonthFigures[] = window.map(({ month }) => ({ month, orders: 0, ordersMinor: 0, donations: 0, donationsMinor: 0 }));
  for (const group of groups) {
    // An amount imported without a currency is most likely in the owner's usual one.
    if (group.currency !== null && group.currency !== currency) continue;
    const figures = months[group.month]!;
    if (group.type === 'order') {
      figures.orders += group.n;
      figures.ordersMinor += group.minor;
    } else {
      figures.donations += group.n;
      figures.donationsMinor += group.minor;
    }
  }
  return { currency, currencies, months };
};

// The index in `window` of the month of e.occurred_at, as nested CASEs that halve the months
// at each level: 5 comparisons a row instead of up to 23.
const monthOf = (window: MonthStart[], from: number, to: number): SQL => {
  if (to - from === 1) return sql.raw(String(from));
  const middle = (from + to) >> 1;
  return sql`CASE WHEN e.occurred_at < ${window[middle]!.ms} THEN ${monthOf(window, from, middle)} ELSE ${monthOf(window, middle, to)} END`;
};

// Currencies by number of orders and donations, most used first; ties in alphabetical order.
const rankCurrencies = (groups: Group[]): string[] => {
  const counts = new Map<string, number>();
  for (const { currency, n } of groups) if (currency !== null) counts.set(currency, (counts.get(currency) ?? 0) + n);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([code]) => code);
};
