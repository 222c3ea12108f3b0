import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { countSegments } from './segment-counts';
import { handCounts, type HandContact, type HandEvent } from './test-support/hand-count';

const shared = join(process.cwd(), '..', 'shared');
let dir: string;
let booted: Booted;
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const boot = (now: number): Booted => {
  dir = mkdtempSync(join(tmpdir(), 'relance-segments-import-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock: { now: () => new Date(now) } });
  return booted;
};
const importFile = async (file: string) => {
  const staged = booted.stageFile(file.split('/').at(-1)!, readFileSync(file));
  const result = await booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
  expect(result.commit).toBeTruthy();
};
// The rows as stored, read back with plain SELECTs for the count by hand.
const storedRows = (): { contacts: HandContact[]; events: HandEvent[] } => ({
  contacts: booted.database.sqlite.prepare('SELECT id, kind, created_at AS createdAt FROM contacts').all() as HandContact[],
  events: booted.database.sqlite
    .prepare('SELECT contact_id AS contactId, type, occurred_at AS occurredAt, reference, outcome FROM contact_events')
    .all() as HandEvent[],
});
const countsBySql = (now: number) =>
  Object.fromEntries(countSegments({ db: booted.database.db, clock: { now: () => new Date(now) } }).map((s) => [s.id, s.count]));

describe('segments over imported files', () => {
  it('the Shopify orders export gives the counts a person computes by hand', async () => {
    const now = Date.parse('2025-12-05T12:00:00Z');
    boot(now);
    await importFile(join(shared, 'fixtures', 'formats', 'shopify', 'orders_export.csv'));
    const rows = storedRows();
    expect(rows.events.length).toBeGreaterThan(0);
    expect(countsBySql(now)).toEqual(handCounts(rows.contacts, rows.events, now));
  });

  it('a 300-contact corpus from gen-large gives the counts a person computes by hand', async () => {
    // Just before the end of the corpus window (2023-01-01 to 2026-01-01), so every segment has
    // members and a few events lie after "now".
    const now = Date.parse('2025-12-28T12:00:00Z');
    boot(now);
    const corpusDir = join(dir, 'corpus');
    execFileSync(process.execPath, [join(shared, 'corpora', 'gen-large.mjs'), '--rows', '300', '--out', corpusDir], { stdio: 'ignore' });
    await importFile(join(corpusDir, 'contacts-300.csv'));
    await importFile(join(corpusDir, 'events-300.csv'));
    // The corpus has no kinds, deliveries or review requests: give some people those, in plain SQL.
    const sqlite = booted.database.sqlite;
    sqlite.exec("UPDATE contacts SET kind = 'prospect' WHERE row_id % 3 = 0");
    sqlite.exec(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, source, created_at)
      SELECT 'DL' || id, contact_id, 'delivery', occurred_at + 3 * 86400000, reference, 'manual', 0 FROM contact_events WHERE type = 'order'`);
    sqlite.exec(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, source, created_at)
      SELECT 'RR' || id, contact_id, 'review_request', occurred_at + 6 * 86400000, reference, 'manual', 0
      FROM contact_events WHERE type = 'order' AND substr(reference, -1) IN ('1', '3', '5', '7', '9')`);
    const rows = storedRows();
    expect(rows.contacts.length).toBeGreaterThan(250);
    // The corpus writes "pending" orders, "failed" gifts and "recovered" carts: they count in nothing.
    for (const outcome of ['pending', 'failed', 'recovered']) expect(rows.events.some((e) => e.outcome === outcome), outcome).toBe(true);
    const byHand = handCounts(rows.contacts, rows.events, now);
    expect(countsBySql(now)).toEqual(byHand);
    for (const id of ['carts-to-recover', 'lapsed-customers', 'lybunt', 'sybunt', 'silent-prospects', 'review-ready']) {
      expect(byHand[id], id).toBeGreaterThan(0);
    }
  });
});
