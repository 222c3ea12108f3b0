import { sql, type SQL } from 'drizzle-orm';
import type { SegmentId } from '../../api';
import { DAY_MS } from '../time-units';
import { meaningfulTypes, notRefundedAs } from '../timeline/derived-sql';
import { addUtcMonths, givingYearStart } from '../calendar/utc-months';

// Each segment is a WHERE condition over `contacts c`, in SQL a PostgreSQL server could also run
// (docs/architecture.md). Every window includes its far edge: an order exactly 6 months ago is "in the
// last 6 months", a delivery exactly 5 days ago is "at least 5 days ago".

// `setting` names the owner's setting that replaces `default` (Settings page), when there is one.
type ParamSpec = { default: number; min: number; max: number; setting?: 'fiscalYearStartMonth' };
export type ResolvedParams = Record<string, number>;

export type SegmentDefinition = {
  id: SegmentId;
  name: string;
  // Names the sentence for a translated UI; `describe` gives the English one.
  rule: string;
  params: Record<string, ParamSpec>;
  describe: (params: ResolvedParams) => string;
  where: (params: ResolvedParams, now: number) => SQL;
};

// Grouping by contact over the (type, contact_id, occurred_at) index is one ordered scan; the
// per-contact NOT EXISTS form of the same rule probes every contact and took 120 ms at 100k.
export const lastMeaningfulBefore = (cutoff: number): SQL => sql`(
  c.id IN (SELECT e.contact_id FROM contact_events e WHERE e.type IN (${meaningfulTypes}) AND e.outcome = 'completed'
    GROUP BY e.contact_id HAVING max(e.occurred_at) < ${cutoff})
  OR (c.created_at < ${cutoff}
    AND NOT EXISTS (SELECT 1 FROM contact_events e WHERE e.contact_id = c.id AND e.type IN (${meaningfulTypes}) AND e.outcome = 'completed')))`;

// A donation counts as giving when it completed (C8: not failed, pending or refunded) and no
// refund of the same contact carries its reference.
const donationsGiven = sql`d.type = 'donation' AND d.outcome = 'completed' AND ${notRefundedAs('d')}`;

const lastGiftBetween = (from: number | null, before: number): SQL => sql`c.id IN (
  SELECT d.contact_id FROM contact_events d WHERE ${donationsGiven}
  GROUP BY d.contact_id HAVING ${from === null ? sql`` : sql`max(d.occurred_at) >= ${from} AND `}max(d.occurred_at) < ${before})`;

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const yearWord = (startMonth: number): string => (startMonth === 1 ? 'calendar year' : `year starting in ${MONTHS[startMonth - 1]}`);
const fiscalYearStartMonth: ParamSpec = { default: 1, min: 1, max: 12, setting: 'fiscalYearStartMonth' };

export const SEGMENTS: readonly SegmentDefinition[] = [
  {
    id: 'carts-to-recover',
    name: 'Carts to recover',
    rule: 'segment.cartsToRecover',
    params: { days: { default: 7, min: 1, max: 365 } },
    describe: ({ days }) => `People who abandoned a cart in the last ${plural(days!, 'day')} and have not ordered since.`,
    // Some cart in the window with no order after it is the same as "the latest cart in the window
    // has no order after it". An order stamped the same second as the cart is the checkout that closed it.
    // Only a completed order closes it (a pending one is a checkout unpaid), and a cart the shop
    // already recovered is not to recover.
    where: ({ days }, now) => sql`c.id IN (
      SELECT a.contact_id FROM contact_events a
      WHERE a.type = 'abandoned_cart' AND a.occurred_at >= ${now - days! * DAY_MS} AND a.occurred_at <= ${now} AND a.outcome <> 'recovered'
        AND NOT EXISTS (SELECT 1 FROM contact_events o
          WHERE o.type = 'order' AND o.contact_id = a.contact_id AND o.occurred_at >= a.occurred_at AND o.outcome = 'completed'))`,
  },
  {
    id: 'lapsed-customers',
    name: 'Lapsed customers',
    rule: 'segment.lapsedCustomers',
    params: { months: { default: 6, min: 1, max: 120 } },
    describe: ({ months }) => `Customers who ordered before but not in the last ${plural(months!, 'month')}.`,
    where: ({ months }, now) => sql`c.id IN (
      SELECT o.contact_id FROM contact_events o WHERE o.type = 'order' AND o.outcome = 'completed'
      GROUP BY o.contact_id HAVING max(o.occurred_at) < ${addUtcMonths(now, -months!)})`,
  },
  {
    id: 'lybunt',
    name: 'LYBUNT donors',
    rule: 'segment.lybunt',
    params: { fiscalYearStartMonth },
    describe: (p) => `Donors who gave last ${yearWord(p.fiscalYearStartMonth!)} but not yet this one (refunded gifts do not count).`,
    where: (p, now) => {
      const thisYear = givingYearStart(now, p.fiscalYearStartMonth!);
      return lastGiftBetween(addUtcMonths(thisYear, -12), thisYear);
    },
  },
  {
    id: 'sybunt',
    name: 'SYBUNT donors',
    rule: 'segment.sybunt',
    params: { fiscalYearStartMonth },
    describe: (p) =>
      `Donors who gave in some earlier ${yearWord(p.fiscalYearStartMonth!)} but neither last year nor this one (refunded gifts do not count).`,
    where: (p, now) => lastGiftBetween(null, addUtcMonths(givingYearStart(now, p.fiscalYearStartMonth!), -12)),
  },
  {
    id: 'silent-prospects',
    name: 'Silent prospects',
    rule: 'segment.silentProspects',
    params: { months: { default: 3, min: 1, max: 120 } },
    describe: ({ months }) => `Prospects with no order, donation, reply, call or meeting in the last ${plural(months!, 'month')}.`,
    where: ({ months }, now) => sql`c.kind = 'prospect' AND ${lastMeaningfulBefore(addUtcMonths(now, -months!))}`,
  },
  {
    id: 'review-ready',
    name: 'Ready for a review request',
    rule: 'segment.reviewReady',
    params: { days: { default: 5, min: 0, max: 365 } },
    describe: ({ days }) => `Customers whose order was delivered at least ${plural(days!, 'day')} ago and who were not asked for a review of it yet.`,
    // A delivery without a reference is answered by any later review request of the same person.
    where: ({ days }, now) => sql`c.id IN (
      SELECT d.contact_id FROM contact_events d
      WHERE d.type = 'delivery' AND d.occurred_at <= ${now - days! * DAY_MS}
        AND NOT EXISTS (SELECT 1 FROM contact_events r
          WHERE r.type = 'review_request' AND r.contact_id = d.contact_id
            AND (r.reference = d.reference OR (d.reference IS NULL AND r.occurred_at >= d.occurred_at))))`,
  },
  {
    id: 'beyond-3-years',
    name: 'Beyond 3 years',
    rule: 'segment.beyond3Years',
    params: { years: { default: 3, min: 1, max: 50 } },
    describe: ({ years }) =>
      `People whose last order, donation, reply, call or meeting is more than ${plural(years!, 'year')} old; they may only get one re-permission message.`,
    where: ({ years }, now) => lastMeaningfulBefore(addUtcMonths(now, -12 * years!)),
  },
  {
    id: 'repermission-unanswered',
    name: 'Re-permission unanswered',
    rule: 'segment.repermissionUnanswered',
    params: { days: { default: 30, min: 1, max: 365 } },
    describe: ({ days }) =>
      `People who got the re-permission message more than ${plural(days!, 'day')} ago and never answered (no order, donation, reply, call, meeting or new consent since): consider erasing them.`,
    // The re-permission message is reactivation's step 2 (programs/reactivation.ts): nothing
    // else is ever sent to them, so without an answer keeping them serves nobody.
    where: ({ days }, now) => sql`c.id IN (
      SELECT o.contact_id FROM outbox o
      WHERE o.program = 'reactivation' AND o.step = 2 AND o.state = 'sent' AND o.sent_at <= ${now - days! * DAY_MS}
        AND NOT EXISTS (SELECT 1 FROM contact_events e
          WHERE e.contact_id = o.contact_id AND e.type IN (${meaningfulTypes}) AND e.occurred_at >= o.sent_at AND e.outcome = 'completed'))
      AND (c.consent_at IS NULL OR c.consent_at <= (SELECT max(s.sent_at) FROM outbox s
        WHERE s.contact_id = c.id AND s.program = 'reactivation' AND s.step = 2 AND s.state = 'sent'))`,
  },
];
