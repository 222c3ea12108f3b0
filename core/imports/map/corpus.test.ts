import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
      expect(record.consent?.state).toMatch(/^(given|withdrawn)$/);
      expect(record.createdAt).toEqual(expect.any(Number));
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
