// Import benchmark (DESIGN.md §7): the 100k-contact / ~304k-event corpus imported into a fresh
// database the way the desktop app's Import screen does it: its bundled import worker (read,
// map, check) and writer thread (one transaction), beside a baseline measured in the same run:
// papaparse plus bare prepared inserts.
// Run: npm run bench:import
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { bootCore } from '../core/boot';
import { ensureCorpus, root } from './corpus';

const ROWS = 100_000;
const TARGETS = { contacts: 2.5, events: 3, rssMb: 350 };

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
// maxRSS only grows; sampling rss between phases tells each phase's own peak well enough.
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const timed = async <T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> => {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
};

// The floor: parse with papaparse into arrays, insert every row as-is with one prepared statement.
const baseline = (file: string, table: string): number => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-baseline-'));
  const db = new Database(join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    const start = performance.now();
    const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    db.exec(`CREATE TABLE ${table} (${header!.map((h) => `"${h}" TEXT`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO ${table} VALUES (${header!.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const row of rows) insert.run(row.slice(0, header!.length));
    })();
    return (performance.now() - start) / 1000;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  const corpus = ensureCorpus(ROWS);
  // The desktop bundles, fresh (build/bundle-electron.mjs also checks they start and write).
  execFileSync(process.execPath, [join(root, 'build', 'bundle-electron.mjs')], { stdio: 'ignore' });
  const importWorker = join(root, 'dist-electron', 'import-worker.cjs');
  // Without this script's own TypeScript loader, which the bundled worker does not need.
  const launchImportWorker = (data: unknown) => new Worker(importWorker, { workerData: { data }, execArgv: [] });
  const dataDir = mkdtempSync(join(tmpdir(), 'relance-bench-import-'));
  const booted = bootCore({ dataDir, migrationsFolder: join(root, 'db', 'migrations'), host: 'cli', launchImportWorker });
  try {
    const importFile = async (file: string) => {
      const staged = booted.stageFile(file.split('/').at(-1)!, readFileSync(file));
      return booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    };
    const contacts = await timed(() => importFile(corpus.contacts));
    const contactsRss = peakRssMb();
    const events = await timed(() => importFile(corpus.events));
    const eventsRss = peakRssMb();
    const baseContacts = baseline(corpus.contacts, 'contacts');
    const baseEvents = baseline(corpus.events, 'events');

    const c = contacts.value.preview.counts;
    const e = events.value.preview.counts;
    console.log('');
    console.log(`Path: the desktop app's import worker and writer thread (dist-electron/), as the Import screen runs them`);
    console.log(`Corpus: bench-data/ (${ROWS.toLocaleString('en')} contacts), preset ${contacts.value.preview.presetName} / ${events.value.preview.presetName}`);
    console.log(`Contacts file: ${c.rows} rows -> ${c.create} created, ${c.merged} duplicates merged, ${c.reject} rejected, ${contacts.value.preview.problemCount} problems reported`);
    console.log(`Events file:   ${e.rows} rows -> ${events.value.commit?.events ?? 0} events, ${e.create} contacts created, ${e.update} updated, ${e.reject} rejected`);
    console.log('');
    const row = (name: string, rows: number, seconds: number, rss: number, base: number, target: number) =>
      `${name.padEnd(10)}${String(rows).padStart(9)}${seconds.toFixed(2).padStart(9)} s${Math.round(rows / seconds).toLocaleString('en').padStart(11)}${String(rss).padStart(9)} MB${base.toFixed(2).padStart(10)} s${`<= ${target} s`.padStart(10)}  ${seconds <= target ? 'PASS' : 'MISS'}`;
    console.log(`${'phase'.padEnd(10)}${'rows'.padStart(9)}${'wall'.padStart(11)}${'rows/s'.padStart(11)}${'peak RSS'.padStart(12)}${'baseline'.padStart(12)}${'target'.padStart(10)}`);
    console.log(row('contacts', c.rows, contacts.seconds, contactsRss, baseContacts, TARGETS.contacts));
    console.log(row('events', e.rows, events.seconds, eventsRss, baseEvents, TARGETS.events));
    console.log('');
    console.log(`baseline = papaparse parse + bare prepared inserts of the same rows, same machine, same run`);
    console.log(`peak RSS target <= ${TARGETS.rssMb} MB: ${Math.max(contactsRss, eventsRss) <= TARGETS.rssMb ? 'PASS' : 'MISS'} (${Math.max(contactsRss, eventsRss)} MB; process total, incl. ${mb(process.memoryUsage().rss)} MB now)`);
  } finally {
    booted.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

await main();
