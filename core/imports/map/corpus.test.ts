import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapFixture } from './test-support/map-fixture';

// The benchmark corpus, small: every contact and event maps without a single problem, and the
// events come out in the numbers the generator says it wrote.

const generator = fileURLToPath(new URL('../../../../shared/corpora/gen-large.mjs', import.meta.url));
const products = ['Tasse « Café ☕ »', 'T-shirt, taille M', 'Carte cadeau', 'Tote bag', 'Calendrier 2025', 'Livre « Histoires du quartier »', 'Abonnement trimestriel', 'Bougie 🕯️ parfumée'];
type Stats = { contacts: number; phoneOnly: number; events: Record<string, number> };

let dir = '';
let stats: Stats;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-corpus-'));
  stats = JSON.parse(execFileSync(process.execPath, [generator, '--rows', '200', '--out', dir], { encoding: 'utf8' })) as Stats;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus from gen-large.mjs', () => {
  it('maps every contact with no problem', async () => {
    const { records, presetId } = await mapFixture(pathToFileURL(join(dir, 'contacts-200.csv')));
    expect(presetId).toBe('relance-contacts');
    expect(records).toHaveLength(stats.contacts);
    expect(records.flatMap((record) => record.problems)).toEqual([]);
    expect(records.filter((record) => record.email === null)).toHaveLength(stats.phoneOnly);
    for (const record of records) {
      expect(record.sourceId).toMatch(/^C\d{8}$/);
      expect(record.country).toMatch(/^[A-Z]{2}$/);
      expect(record.language).toMatch(/^[a-z]{2}$/);
      expect(record.createdAt).toEqual(expect.any(Number));
    }
  });

  it('reads email_consent “yes” as consent given and “no” as nothing said', async () => {
    const { records } = await mapFixture(pathToFileURL(join(dir, 'contacts-200.csv')));
    // The generator writes "yes" or "no" in email_consent, just before created_at.
    const written = new Map<string, string>();
    for (const [, id, answer] of readFileSync(join(dir, 'contacts-200.csv'), 'utf8').matchAll(/^(C\d{8}),[^\n]*?,(yes|no),\d{4}-\d{2}-\d{2}T/gm)) {
      written.set(id!, answer!);
    }
    expect(written.size).toBe(stats.contacts);
    const yes = [...written.values()].filter((answer) => answer === 'yes').length;
    // A "no" in an opt-in column is an unticked box, not an unsubscribe: withdrawing would put the
    // person on the permanent suppression list and stop the soft opt-in mail allowed to customers.
    const states = records.map((record) => (record.consent === null ? null : record.consent.state));
    expect(states.filter((state) => state === 'given')).toHaveLength(yes);
    expect(states.filter((state) => state === null)).toHaveLength(stats.contacts - yes);
    expect(states.filter((state) => state === 'withdrawn')).toHaveLength(0);
    // 200 rows, default seed: 138 "yes" and 62 "no".
    expect([yes, stats.contacts - yes]).toEqual([138, 62]);
    for (const record of records) {
      expect(record.consent === null ? null : record.consent.state).toBe(written.get(record.sourceId!) === 'yes' ? 'given' : null);
    }
  });

  it('maps every event with no problem, in the counts the generator printed', async () => {
    const { records, presetId } = await mapFixture(pathToFileURL(join(dir, 'events-200.csv')));
    expect(presetId).toBe('relance-events');
    expect(records.flatMap((record) => record.problems)).toEqual([]);
    const counts: Record<string, number> = {};
    for (const event of records.flatMap((record) => record.events)) counts[event.type] = (counts[event.type] ?? 0) + 1;
    expect(counts).toEqual(Object.fromEntries(Object.entries(stats.events).filter(([, count]) => count > 0)));
    for (const event of records.flatMap((record) => record.events)) {
      expect(Number.isInteger(event.amountMinor)).toBe(true);
      expect(event.currency).toMatch(/^(EUR|CHF|CAD|USD)$/);
      if (event.type === 'order' || event.type === 'abandoned_cart') expect(event.items.length).toBeGreaterThan(0);
      // Product names with commas ("T-shirt, taille M") stay whole.
      for (const item of event.items) expect(products).toContain(item.name);
      if (event.type === 'refund') expect(event.amountMinor).toBeLessThan(0);
    }
  });
});
