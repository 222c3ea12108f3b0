// Contacts benchmark (docs/performance.md): load the 100k corpus through core's normalisation, then
// time search-as-you-type through core, through the HTTP host, and beside a bare LIKE scan.
// Run: npx tsx bench/contacts.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootCore } from '../core/boot';
import { listContacts } from '../core/contacts/list-contacts';
import { systemClock } from '../core/ports';
import { startServer } from '../server/create-server';
import { ensureCorpus, root } from './corpus';

const ROWS = 100_000;
const TARGET_MS = 30;
const ROUNDS = 5;

// Search-as-you-type as people type it: short prefixes, full names, email domains, companies,
// phone fragments (national and international; search matches the start of the number, not
// its middle) and queries that match nothing.
const QUERIES = [
  'a', 'm', 'é', 'jo', 'ma', 'ga', 'mar', 'sch', 'dup',
  'Jürgen Schröder', 'Amélie De Smet', 'Mary-Kate García', 'noemie barbe', "Siobhán O'Brien",
  'icloud.example', 'orange', 'laposte.example', 'example.org',
  'Boulangerie', 'Müller & Söhne', 'Smith, Jones', 'Atelier Exemple',
  '06 12', '0470', '+33 6', '312 555', '0160 868', '+1 418',
  'zzqxw', 'xylophone quartet',
];

type Timings = { p50: number; p95: number; max: number };

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const measure = async (run: (query: string) => unknown): Promise<Timings> => {
  for (const query of QUERIES) await run(query);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of QUERIES) {
      const start = performance.now();
      await run(query);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1)! };
};

const main = async (): Promise<void> => {
  const corpusFile = ensureCorpus(ROWS).contacts;
  // --keep-data DIR leaves the loaded database there, to try the interface on 100k contacts.
  const keepAt = process.argv.indexOf('--keep-data');
  const keptDir = keepAt > 0 ? process.argv[keepAt + 1] : undefined;
  const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'relance-bench-'));
  const booted = bootCore({ dataDir, migrationsFolder: join(root, 'db', 'migrations'), host: 'cli' });
  const { db, sqlite } = booted.database;
  try {
    // Loaded through the import code, the way a person would bring in 100k contacts.
    const start = performance.now();
    const staged = booted.stageFile('contacts.csv', readFileSync(corpusFile));
    const { preview } = await booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    const loadMs = performance.now() - start;

    const core = await measure((search) => listContacts({ db, clock: systemClock }, { search, sort: 'name', direction: 'asc', offset: 0, limit: 100 }));

    const running = await startServer({ handlers: booted.handlers, subscribe: booted.events.subscribe, rendererDir: join(dataDir, 'no-renderer') });
    let http: Timings;
    try {
      http = await measure(async (search) => {
        const response = await fetch(`${running.url}api/contacts.list`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${running.token}` },
          body: JSON.stringify({ search, limit: 100 }),
        });
        const body = (await response.json()) as { ok: boolean };
        if (!body.ok) throw new Error(`contacts.list failed: ${JSON.stringify(body)}`);
      });
    } finally {
      await running.close();
    }

    const columns = ['first_name', 'last_name', 'email', 'phone', 'company'];
    const where = columns.map((column) => `${column} LIKE @like`).join(' OR ');
    const likeRows = sqlite.prepare(`SELECT * FROM contacts WHERE ${where} LIMIT 100`);
    const likeCount = sqlite.prepare(`SELECT count(*) AS n FROM contacts WHERE ${where}`);
    const like = await measure((search) => {
      const params = { like: `%${search}%` };
      return [likeRows.all(params), likeCount.get(params)];
    });

    const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;
    const line = (name: string, t: Timings) => `${name.padEnd(42)}${ms(t.p50)}${ms(t.p95)}${ms(t.max)}`;
    console.log('');
    console.log(`Corpus: ${corpusFile.slice(root.length)} (${preview.counts.rows.toLocaleString('en')} rows)`);
    console.log(`Load:       ${(loadMs / 1000).toFixed(2)} s through the import (${preview.counts.create.toLocaleString('en')} contacts; see npm run bench:import)`);
    console.log('');
    console.log(`Search, ${QUERIES.length} queries x ${ROUNDS} rounds after one warm-up round, first 100 rows + total:`);
    console.log(`${'path'.padEnd(42)}${'p50'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`);
    console.log(line('core listContacts (FTS5)', core));
    console.log(line('HTTP POST /api/contacts.list (client side)', http));
    console.log(line('bare SQL LIKE %q% on 5 columns + COUNT', like));
    console.log('');
    console.log(`target: p95 <= ${TARGET_MS} ms through HTTP  ${http.p95 <= TARGET_MS ? 'PASS' : 'MISS'} (${http.p95.toFixed(2)} ms)`);
  } finally {
    booted.close();
    if (keptDir) console.log(`Database kept in ${keptDir}: npm run web -- --data-dir ${keptDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
