import { programIds, type AttributionDays, type ProgramId, type ProgramStepReport } from '../../api';
import type { Db } from '../../db/open-database';
import { BOUNCED_SQL, moneyInSql, windowSql } from './money-in';
import type { ReportRange } from './report-range';

type Sqlite = Db['$client'];

// The messages of the range: those sent in it or, for one not sent, attempted or scheduled in it;
// a cancelled message was never prepared for anyone to read (an order stopped it first). `went` is
// when the server took one (a bounced one too). A reply or unsubscribe counts for a message until
// the next message of its sequence went, or its program's window ends; an order or donation
// counts as its conversion within the window unless another message went to that person in
// between (last touch: an order belongs to the latest message before it). The "in between" checks
// run only for the few events found, not per message: window functions over 100k outbox rows
// cost 230 ms of a 530 ms page in bench/reports.ts.
// Measured there (CPU, 54k messages sent, docs/performance.md): `recent` is read twice from the
// covering report index rather than stored once (10 ms less); each message seeks the timeline
// once by (contact, time) rather than twice by (type, contact, time) for orders then gifts, and
// only the few events in its window are read (50 against 90 ms); the last-touch check reads the
// sends of the people who bought from the report index, not from the outbox rows, whose rendered
// text makes each read a page of its own (20 against 95 ms).
const statement = (days: AttributionDays, only: ProgramId | undefined): string => `
  WITH recent AS NOT MATERIALIZED (
    SELECT o.id, o.contact_id, o.program, o.step, o.anchor, ${BOUNCED_SQL('o')} AS bounced,
      CASE WHEN o.sent_at IS NOT NULL THEN o.sent_at WHEN ${BOUNCED_SQL('o')} THEN o.attempted_at END AS went,
      ${windowSql(days, 'o.program')} AS window_ms
    FROM outbox o WHERE o.state <> 'cancelled' AND coalesce(o.sent_at, o.attempted_at, o.scheduled_at) >= @start
      AND coalesce(o.sent_at, o.attempted_at, o.scheduled_at) < @end${only === undefined ? '' : ' AND o.program = @only'}
  ),
  -- The few people who replied or unsubscribed since the range began: most messages need no look-up.
  answering AS MATERIALIZED (
    SELECT contact_id FROM contact_events WHERE type IN ('reply', 'unsubscribed') AND occurred_at > @start
    UNION SELECT id FROM contacts WHERE unsubscribed_at > @start
  ),
  -- Money in within a message's window, before the last-touch check.
  paid AS MATERIALIZED (
    SELECT r.id, r.program, r.step, r.contact_id, r.went, e.occurred_at AS at, e.currency, e.amount_minor AS amount
    FROM recent r CROSS JOIN contact_events e INDEXED BY contact_events_contact_idx
    WHERE r.went IS NOT NULL AND e.contact_id = r.contact_id AND e.occurred_at > r.went AND e.occurred_at <= r.went + r.window_ms AND ${moneyInSql('e')}
  ),
  -- Every message that went to those people since the range began (any program, any range: a
  -- later one takes the order over). The unary + keeps the planner from seeking the report
  -- index once per state and step for each of them: one pass over it is cheaper.
  sends AS MATERIALIZED (
    SELECT o.contact_id, o.sent_at FROM outbox o INDEXED BY outbox_report_idx WHERE o.sent_at > @start AND +o.contact_id IN (SELECT contact_id FROM paid)
  )
  SELECT 'step' AS kind, r.program, r.step, NULL AS id, count(*) AS prepared, count(r.went) AS sent, sum(r.bounced) AS bounced,
    count(r.went) FILTER (WHERE r.contact_id IN answering AND ${answered('reply')}) AS replied,
    count(r.went) FILTER (WHERE r.contact_id IN answering AND (${answered('unsubscribed')}
      OR EXISTS (SELECT 1 FROM contacts c WHERE c.id = r.contact_id AND c.unsubscribed_at > r.went AND c.unsubscribed_at <= r.went + r.window_ms
        AND NOT ${nextStepBefore('c.unsubscribed_at')}))) AS unsubscribed,
    NULL AS currency, NULL AS amount
  FROM recent r GROUP BY r.program, r.step
  UNION ALL
  SELECT 'conversion', p.program, p.step, p.id, NULL, NULL, NULL, NULL, NULL, p.currency, p.amount
  FROM paid p WHERE NOT EXISTS (SELECT 1 FROM sends l WHERE l.contact_id = p.contact_id AND l.sent_at > p.went AND l.sent_at < p.at)`;

const nextStepBefore = (at: string): string =>
  `EXISTS (SELECT 1 FROM outbox n WHERE n.contact_id = r.contact_id AND n.program = r.program AND n.anchor = r.anchor AND n.step > r.step AND n.sent_at < ${at})`;

const answered = (type: string): string => `EXISTS (SELECT 1 FROM contact_events e WHERE e.type = '${type}' AND e.contact_id = r.contact_id
  AND e.occurred_at > r.went AND e.occurred_at <= r.went + r.window_ms AND NOT ${nextStepBefore('e.occurred_at')})`;

type StepRow = { kind: 'step'; program: ProgramId; step: number; prepared: number; sent: number; bounced: number; replied: number; unsubscribed: number };
type ConversionRow = { kind: 'conversion'; program: ProgramId; step: number; id: string; currency: string | null; amount: number | null };

// `only`: one program's figures alone (the reviews' CSV needs no other).
export const programSteps = (sqlite: Sqlite, range: ReportRange, days: AttributionDays, only?: ProgramId): ProgramStepReport[] => {
  const params = { start: range.startMs, end: range.endMs, ...(only === undefined ? {} : { only }) };
  const rows = sqlite.prepare(statement(days, only)).all(params) as (StepRow | ConversionRow)[];
  const conversions = rows.filter((r): r is ConversionRow => r.kind === 'conversion');
  const known = new Set<string>(programIds);
  return rows
    .filter((r): r is StepRow => r.kind === 'step' && known.has(r.program))
    .sort((a, b) => a.program.localeCompare(b.program) || a.step - b.step)
    .map(({ program, step, prepared, sent, bounced, replied, unsubscribed }) => {
      const mine = conversions.filter((c) => c.program === program && c.step === step);
      const revenueMinor: Record<string, number> = {};
      for (const c of mine) if (c.currency !== null && c.amount !== null) revenueMinor[c.currency] = (revenueMinor[c.currency] ?? 0) + c.amount;
      return { program, step, prepared, sent, bounced, replied, unsubscribed, converted: new Set(mine.map((c) => c.id)).size, revenueMinor };
    });
};
