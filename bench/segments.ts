// Segments benchmark (docs/performance.md): load the 100k-contact / ~304k-event corpus through the
// import, then time every built-in segment count through core, cold (first query on a fresh
// connection) and warm (median of 5), the first page of 100 rows of the largest segment, and
// beside each one plain COUNT(*) written by hand with the same conditions, in the same run; then
// two typical custom segments (Segments page, "New segment") the same way.
// Run: npm run bench:segments
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CustomFilter } from '../api';
import { bootCore, type Booted } from '../core/boot';
import { compileFilter } from '../core/segments/custom-filter-sql';
import { listSegmentContacts } from '../core/segments/segment-contacts';
import { countSegment, countWhere } from '../core/segments/segment-counts';
import { SEGMENTS } from '../core/segments/segment-definitions';
import { resolveParams } from '../core/segments/find-segment';
import { DAY_MS } from '../core/time-units';
import { ensureCorpus, loadCorpus, median, root, timed } from './corpus';

const ROWS = 100_000;
const TARGET_MS = 100;
const ROUNDS = 5;
// The corpus spans 2023-01-01 to 2026-01-01; "now" at its end gives every window members.
const NOW = Date.parse('2025-12-31T12:00:00Z');
const clock = { now: () => new Date(NOW) };
const utc = (iso: string) => Date.parse(iso);
const M = "('order','donation','reply','call','meeting','exchange')";

// The same rules written once more by hand, constants inlined, for the baseline column.
const HAND: Record<string, string> = {
  'carts-to-recover': `SELECT count(DISTINCT contact_id) FROM contact_events a WHERE type = 'abandoned_cart'
    AND occurred_at BETWEEN ${NOW - 7 * DAY_MS} AND ${NOW} AND NOT EXISTS (SELECT 1 FROM contact_events o
    WHERE o.type = 'order' AND o.contact_id = a.contact_id AND o.occurred_at >= a.occurred_at AND o.outcome = 'completed') AND a.outcome <> 'recovered'`,
  'lapsed-customers': `SELECT count(*) FROM (SELECT contact_id FROM contact_events WHERE type = 'order' AND outcome = 'completed'
    GROUP BY contact_id HAVING max(occurred_at) < ${utc('2025-06-30T12:00:00Z')})`,
  lybunt: `SELECT count(*) FROM (SELECT contact_id FROM contact_events d WHERE type = 'donation' AND outcome = 'completed' AND NOT EXISTS
    (SELECT 1 FROM contact_events r WHERE r.type = 'refund' AND r.contact_id = d.contact_id AND r.reference = d.reference AND r.outcome = 'completed')
    GROUP BY contact_id HAVING max(occurred_at) >= ${utc('2024-01-01T00:00:00Z')} AND max(occurred_at) < ${utc('2025-01-01T00:00:00Z')})`,
  sybunt: `SELECT count(*) FROM (SELECT contact_id FROM contact_events d WHERE type = 'donation' AND outcome = 'completed' AND NOT EXISTS
    (SELECT 1 FROM contact_events r WHERE r.type = 'refund' AND r.contact_id = d.contact_id AND r.reference = d.reference AND r.outcome = 'completed')
    GROUP BY contact_id HAVING max(occurred_at) < ${utc('2024-01-01T00:00:00Z')})`,
  'silent-prospects': `SELECT count(*) FROM contacts c WHERE kind = 'prospect' AND (id IN (SELECT contact_id FROM contact_events
    WHERE type IN ${M} AND outcome = 'completed' GROUP BY contact_id HAVING max(occurred_at) < ${utc('2025-09-30T12:00:00Z')})
    OR (created_at < ${utc('2025-09-30T12:00:00Z')} AND NOT EXISTS (SELECT 1 FROM contact_events e WHERE e.contact_id = c.id AND e.type IN ${M} AND e.outcome = 'completed')))`,
  'review-ready': `SELECT count(DISTINCT contact_id) FROM contact_events d WHERE type = 'delivery' AND occurred_at <= ${NOW - 5 * DAY_MS}
    AND NOT EXISTS (SELECT 1 FROM contact_events r WHERE r.type = 'review_request' AND r.contact_id = d.contact_id AND r.reference = d.reference)`,
  'beyond-3-years': `SELECT count(*) FROM contacts c WHERE id IN (SELECT contact_id FROM contact_events WHERE type IN ${M} AND outcome = 'completed'
    GROUP BY contact_id HAVING max(occurred_at) < ${utc('2022-12-31T12:00:00Z')})
    OR (created_at < ${utc('2022-12-31T12:00:00Z')} AND NOT EXISTS (SELECT 1 FROM contact_events e WHERE e.contact_id = c.id AND e.type IN ${M} AND e.outcome = 'completed'))`,
  'repermission-unanswered': `SELECT count(DISTINCT contact_id) FROM outbox WHERE program = 'reactivation' AND step = 2 AND state = 'sent'
    AND sent_at <= ${NOW - 30 * DAY_MS}`,
};

// Custom filters a person builds: French customers gone quiet, and generous donors not seen lately.
const CUSTOM: { name: string; filter: CustomFilter; hand: string }[] = [
  {
    name: 'FR, last order > 6 months, 2+ orders',
    filter: {
      conditions: [
        { field: 'country', op: 'is', value: 'FR' },
        { field: 'lastOrder', op: 'moreThan', amount: 6, unit: 'months' },
        { field: 'orderCount', op: 'atLeast', value: 2 },
      ],
    },
    hand: `SELECT count(*) FROM contacts c WHERE c.country = 'FR'
      AND (SELECT max(occurred_at) FROM contact_events e WHERE e.type = 'order' AND e.contact_id = c.id AND e.outcome = 'completed') < ${utc('2025-06-30T12:00:00Z')}
      AND (SELECT count(*) FROM contact_events e WHERE e.type = 'order' AND e.contact_id = c.id AND e.outcome = 'completed') >= 2`,
  },
  {
    name: 'gave >= 50 this year, none in 30 days',
    filter: {
      conditions: [
        { field: 'givenThisYear', op: 'atLeast', value: 5_000 },
        { field: 'lastDonation', op: 'moreThan', amount: 30, unit: 'days' },
      ],
    },
    hand: `SELECT count(*) FROM contacts c WHERE (SELECT coalesce(sum(amount_minor), 0) FROM contact_events e WHERE e.type = 'donation'
      AND e.contact_id = c.id AND e.occurred_at >= ${utc('2025-01-01T00:00:00Z')} AND e.occurred_at < ${utc('2026-01-01T00:00:00Z')} AND e.outcome = 'completed'
      AND NOT EXISTS (SELECT 1 FROM contact_events r WHERE r.type = 'refund' AND r.contact_id = e.contact_id AND r.reference = e.reference AND r.outcome = 'completed')) >= 5000
      AND (SELECT max(occurred_at) FROM contact_events e WHERE e.type = 'donation' AND e.contact_id = c.id AND e.outcome = 'completed'
        AND NOT EXISTS (SELECT 1 FROM contact_events r WHERE r.type = 'refund' AND r.contact_id = e.contact_id AND r.reference = e.reference AND r.outcome = 'completed')) < ${NOW - 30 * DAY_MS}`,
  },
];


const main = async (): Promise<void> => {
  const corpus = ensureCorpus(ROWS);
  const dataDir = mkdtempSync(join(tmpdir(), 'relance-bench-segments-'));
  const open = (): Booted => bootCore({ dataDir, migrationsFolder: join(root, 'db', 'migrations'), host: 'cli', clock });
  try {
    const loader = open();
    const loadMs = await loadCorpus(loader, corpus);
    const sizes = loader.database.sqlite.prepare('SELECT (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM contact_events) AS events').get() as { contacts: number; events: number };
    loader.close();

    // Cold: each segment's first count on its own freshly opened connection (empty page cache).
    const cold = new Map<string, number>();
    for (const segment of SEGMENTS) {
      const fresh = open();
      cold.set(segment.id, timed(() => countSegment(fresh.database.db, segment, resolveParams(segment), NOW)).ms);
      fresh.close();
    }

    const coldCustom = CUSTOM.map((custom) => {
      const fresh = open();
      const ms = timed(() => countWhere(fresh.database.db, compileFilter(custom.filter, { now: NOW, fiscalYearStartMonth: 1 }))).ms;
      fresh.close();
      return ms;
    });

    const booted = open();
    const { db, sqlite } = booted.database;
    const results = SEGMENTS.map((segment) => {
      const params = resolveParams(segment);
      const core = Array.from({ length: ROUNDS }, () => timed(() => countSegment(db, segment, params, NOW)));
      const statement = sqlite.prepare(HAND[segment.id]!).pluck();
      const hand = Array.from({ length: ROUNDS }, () => timed(() => statement.get() as number));
      return { id: segment.id, count: core[0]!.value, cold: cold.get(segment.id)!, warm: median(core.map((t) => t.ms)), handCount: hand[0]!.value, hand: median(hand.map((t) => t.ms)) };
    });
    const customResults = CUSTOM.map((custom, i) => {
      const where = compileFilter(custom.filter, { now: NOW, fiscalYearStartMonth: 1 });
      const core = Array.from({ length: ROUNDS }, () => timed(() => countWhere(db, where)));
      const statement = sqlite.prepare(custom.hand).pluck();
      const hand = Array.from({ length: ROUNDS }, () => timed(() => statement.get() as number));
      return { id: custom.name, count: core[0]!.value, cold: coldCustom[i]!, warm: median(core.map((t) => t.ms)), handCount: hand[0]!.value, hand: median(hand.map((t) => t.ms)) };
    });
    const largest = results.reduce((a, b) => (b.count > a.count ? b : a));
    const pageRuns = Array.from({ length: ROUNDS }, () =>
      timed(() => listSegmentContacts({ db, clock }, { id: largest.id, sort: 'name', direction: 'asc', offset: 0, limit: 100 })),
    );
    booted.close();

    const ms = (value: number) => `${value.toFixed(2).padStart(9)} ms`;
    console.log('');
    console.log(`Corpus: bench-data/ (${sizes.contacts.toLocaleString('en')} contacts, ${sizes.events.toLocaleString('en')} events), loaded through the import in ${(loadMs / 1000).toFixed(1)} s; now = ${new Date(NOW).toISOString()}`);
    console.log('');
    const header = (title: string, width: number) =>
      console.log(`${title.padEnd(width)}${'count'.padStart(8)}${'cold'.padStart(13)}${'warm p50'.padStart(13)}${'hand SQL p50'.padStart(16)}${'hand count'.padStart(12)}`);
    header('segment', 18);
    const line = (r: (typeof results)[number] | (typeof customResults)[number], width: number) => {
      const same = r.handCount === r.count ? '' : '  (differs!)';
      console.log(`${r.id.padEnd(width)}${String(r.count).padStart(8)}${ms(r.cold)}${ms(r.warm)}${ms(r.hand).padStart(16)}${String(r.handCount).padStart(12)}${same}`);
    };
    for (const r of results) line(r, 18);
    console.log('');
    header('custom segment (no target)', 40);
    for (const r of customResults) line(r, 40);
    console.log('');
    console.log(`open "${largest.id}" (${largest.count.toLocaleString('en')} contacts), first page of 100 rows + total: ${ms(median(pageRuns.map((t) => t.ms))).trim()} (p50 of ${ROUNDS})`);
    console.log('cold = first count on a newly opened connection; warm = median of 5; hand SQL = one COUNT(*) written by hand with the same conditions');
    const worst = Math.max(...results.flatMap((r) => [r.cold, r.warm]));
    console.log(`target: every count <= ${TARGET_MS} ms  ${worst <= TARGET_MS ? 'PASS' : 'MISS'} (slowest ${worst.toFixed(2)} ms)`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
