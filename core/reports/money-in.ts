import { notRefundedSql } from '../timeline/derived-sql';
import { DAY_MS } from '../time-units';
import type { AttributionDays } from '../../api';

// Money that really came in (C8): an order or donation whose outcome is completed, and that no
// refund with the same reference took back (the rule of the figures and segments: derived-sql.ts). A pending, failed or cancelled one counts nowhere.
// Few people ever had a refund: the list of them is built once per statement, and only their
// gifts and orders are looked up one by one (one look-up per donation cost half the donor figures).
export const moneyInSql = (alias: string, types = "'order', 'donation'"): string => `${alias}.type IN (${types}) AND ${alias}.outcome = 'completed'
  AND NOT (${alias}.reference IS NOT NULL AND ${alias}.contact_id IN (SELECT contact_id FROM contact_events WHERE type = 'refund')
    AND NOT ${notRefundedSql(alias)})`;

// The same rule for a pass over every gift of a type (the donors' figures): the gifts a refund
// took back are listed first, from the refunds (a CTE `refunded` the statement puts in its WITH),
// and each gift is checked against their few owners before its own id. Checked against everyone
// who had a refund, the 102k gifts of bench/reports.ts cost 20 ms more (docs/performance.md).
export const refundedCte = (types: string): string => `refunded AS MATERIALIZED (
    SELECT g.rowid AS id, g.contact_id FROM contact_events r CROSS JOIN contact_events g
    WHERE r.type = 'refund' AND r.outcome = 'completed' AND g.type IN (${types}) AND g.contact_id = r.contact_id AND g.reference = r.reference AND g.outcome = 'completed'
  )`;

export const listedMoneyInSql = (alias: string, types: string): string => `${alias}.type IN (${types}) AND ${alias}.outcome = 'completed'
  AND (${alias}.contact_id NOT IN (SELECT contact_id FROM refunded) OR ${alias}.rowid NOT IN (SELECT id FROM refunded))`;

// The window of each program in SQL, for a row whose program column is `column`. The stage
// programs follow up a purchase left half-way, as carts do: the cart's window fits them.
export const windowSql = (days: AttributionDays, column: string): string =>
  `CASE ${column} WHEN 'reactivation' THEN ${days.reactivation * DAY_MS} WHEN 'review-request' THEN ${days['review-request'] * DAY_MS} ELSE ${days['cart-recovery'] * DAY_MS} END`;

// A message counts as sent once the server took it, including one a later report said bounced.
export const BOUNCED_SQL = (alias: string): string => `(${alias}.state = 'failed' AND (${alias}.sent_at IS NOT NULL OR ${alias}.reason LIKE '%bounced later%'))`;
