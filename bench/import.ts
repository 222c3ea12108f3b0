// Import benchmark (docs/performance.md): the 100k-contact corpus, then its ~304k events,
// imported the way a user does it here: the `relance import FILE --data-dir DIR` command as a
// whole process (node bin/relance.mjs, the prebuilt bundle in dist-cli/), and the browser host's
// import (the file uploaded, imports.start, the wait for imports.finished). Beside them, in the
// same run: the sqlite3 shell's `.import` of the same file into a fresh database (the floor the
// target is set from) and papaparse with bare prepared inserts. RUNS runs, medians compared
// with the targets; peak memory is each importing process's own.
// The desktop app's path (its bundled worker and writer thread under a host that boots core as
// its main process does) is the same core code: one run of it, one line, unless --no-desktop.
// Run: npm run bench:import [-- --rows 10000 --runs 1 --no-desktop]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { cliEntry, freshCliEntry } from '../build/bundle-cli.mjs';
import { nodeSide } from '../build/esbuild-node.mjs';
import { ensureCorpus, median, root } from './corpus';
import type { HostReport, StageReport } from './import-host';
import { cliImport, papaparseInserts, sqliteImport, startWebHost, type CliImport, type Measured } from './import-runs';

// docs/performance.md: 100k contacts within 6 times the sqlite3 shell's `.import` of the
// same file in the same run (about 2.5 s), the ~304k events within 3 s, each import's peak
// resident memory within 350 MB.
const TARGETS = { contactsVsShell: 6, contactsSeconds: 2.5, eventsSeconds: 3, peakRssMb: 350 };

const { values: options } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' }, 'no-desktop': { type: 'boolean', default: false } } });
const ROWS = Number(options.rows);
const RUNS = Number(options.runs);

type Run = {
  cli: { contacts: CliImport; events: CliImport };
  web: { contacts: Measured; events: Measured };
  shell: { contacts: Measured; events: Measured };
  papaparse: { contacts: number; events: number };
};

// Built before anything is timed, and again if a source changed meanwhile: a `relance` that has
// to rebuild its bundle first would time esbuild, not the import.
const freshBundle = async (): Promise<void> => {
  if (freshCliEntry() === null) await cliEntry();
};

const inFreshFolder = async <T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const viaCli = (corpus: { contacts: string; events: string }) =>
  inFreshFolder('relance-bench-cli-', async (dataDir) => {
    await freshBundle();
    const contacts = cliImport(dataDir, corpus.contacts);
    await freshBundle();
    return { contacts, events: cliImport(dataDir, corpus.events) };
  });

const viaBrowserHost = (corpus: { contacts: string; events: string }) =>
  inFreshFolder('relance-bench-web-', async (dataDir) => {
    await freshBundle();
    const host = await startWebHost(dataDir);
    try {
      const contacts = await host.importFile(corpus.contacts);
      return { contacts, events: await host.importFile(corpus.events) };
    } finally {
      await host.stop();
    }
  });

const oneRun = async (corpus: { contacts: string; events: string }): Promise<Run> => ({
  cli: await viaCli(corpus),
  web: await viaBrowserHost(corpus),
  shell: { contacts: sqliteImport(corpus.contacts), events: sqliteImport(corpus.events) },
  papaparse: { contacts: papaparseInserts(corpus.contacts), events: papaparseInserts(corpus.events) },
});

// The desktop app's path, once: its bundles (build/bundle-electron.mjs), staged by one host
// process and imported by another, as a window stages a dropped file well before its import.
const desktopRun = async (corpus: { contacts: string; events: string }): Promise<{ contacts: HostReport; events: HostReport }> => {
  const hostFile = join(root, 'dist-bench', 'import-host.cjs');
  execFileSync(process.execPath, [join(root, 'build', 'bundle-electron.mjs')], { stdio: 'ignore' });
  await build({ ...nodeSide, entryPoints: ['bench/import-host.ts'], outfile: hostFile });
  const inHost = (dataDir: string, ...args: string[]): unknown =>
    JSON.parse(execFileSync(process.execPath, [hostFile, dataDir, join(root, 'db', 'migrations'), join(root, 'dist-electron', 'import-worker.cjs'), ...args], { encoding: 'utf8' }));
  const importInHost = (dataDir: string, file: string): HostReport => inHost(dataDir, 'import', (inHost(dataDir, 'stage', file) as StageReport).fileId) as HostReport;
  return inFreshFolder('relance-bench-desktop-', async (dataDir) => {
    const contacts = importInHost(dataDir, corpus.contacts);
    return { contacts, events: importInHost(dataDir, corpus.events) };
  });
};

const s = (value: number): string => value.toFixed(2);
const spread = (values: number[], digits = 2): string => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`;
const verdict = (isHit: boolean): string => (isHit ? 'HIT' : 'MISS');

const printRun = (i: number, run: Run): void => {
  const { cli, web, shell, papaparse } = run;
  console.log(
    `run ${i}: relance import ${s(cli.contacts.seconds)} s ${cli.contacts.peakRssMb} MB / ${s(cli.events.seconds)} s ${cli.events.peakRssMb} MB` +
      ` | browser host ${s(web.contacts.seconds)} s ${web.contacts.peakRssMb} MB / ${s(web.events.seconds)} s ${web.events.peakRssMb} MB` +
      ` | sqlite3 .import ${s(shell.contacts.seconds)} / ${s(shell.events.seconds)} s | papaparse+inserts ${s(papaparse.contacts)} / ${s(papaparse.events)} s`,
  );
};

const main = async (): Promise<void> => {
  const corpus = ensureCorpus(ROWS);
  await freshBundle();
  const path = freshCliEntry();
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i += 1) {
    const run = await oneRun(corpus);
    runs.push(run);
    printRun(i, run);
  }
  const countsOf = (run: Run) =>
    JSON.stringify([run.cli.contacts.summary, run.cli.events.summary].map(({ rows, created, updated, merged, rejected, events, errorCount }) => [rows, created, updated, merged, rejected, events, errorCount]));
  if (runs.some((run) => countsOf(run) !== countsOf(runs[0]!))) throw new Error('The runs did not import the same rows: the figures cannot be compared.');

  const c = runs[0]!.cli.contacts.summary;
  const e = runs[0]!.cli.events.summary;
  console.log('');
  console.log(`What ran: node bin/relance.mjs -> ${path ? `the prebuilt bundle ${join(basename(join(path, '..')), basename(path))}` : 'the TypeScript sources through tsx (no bundle could be built)'}`);
  console.log(`Corpus: bench-data/ (${ROWS.toLocaleString('en')} contacts), ${c.format} / ${e.format}`);
  console.log(`Contacts file: ${c.rows} rows -> ${c.created} created, ${c.merged} duplicates merged, ${c.rejected} rejected, ${c.errorCount} problems reported`);
  console.log(`Events file:   ${e.rows} rows -> ${e.events} events, ${e.created} contacts created, ${e.updated} updated, ${e.rejected} rejected`);
  console.log('');
  console.log(`Median of ${RUNS} runs (range), wall seconds and peak resident memory of the importing process:`);
  const pick = (get: (run: Run) => number) => runs.map(get);
  const shellContacts = pick((run) => run.shell.contacts.seconds);
  const shellEvents = pick((run) => run.shell.events.seconds);
  const line = (name: string, seconds: number[], rss: number[], shell: number[]) =>
    `${name.padEnd(34)}${spread(seconds).padStart(20)} s${spread(rss, 0).padStart(18)} MB   ${(median(seconds.map((v, i) => v / shell[i]!))).toFixed(1).padStart(5)}x sqlite3`;
  console.log(line('relance import, contacts', pick((r) => r.cli.contacts.seconds), pick((r) => r.cli.contacts.peakRssMb), shellContacts));
  console.log(line('relance import, events', pick((r) => r.cli.events.seconds), pick((r) => r.cli.events.peakRssMb), shellEvents));
  console.log(line('browser host, contacts', pick((r) => r.web.contacts.seconds), pick((r) => r.web.contacts.peakRssMb), shellContacts));
  console.log(line('browser host, events', pick((r) => r.web.events.seconds), pick((r) => r.web.events.peakRssMb), shellEvents));
  console.log(`${'sqlite3 .import, contacts'.padEnd(34)}${spread(shellContacts).padStart(20)} s${spread(pick((r) => r.shell.contacts.peakRssMb), 0).padStart(18)} MB`);
  console.log(`${'sqlite3 .import, events'.padEnd(34)}${spread(shellEvents).padStart(20)} s${spread(pick((r) => r.shell.events.peakRssMb), 0).padStart(18)} MB`);
  console.log(`${'papaparse + bare inserts, contacts'.padEnd(34)}${spread(pick((r) => r.papaparse.contacts)).padStart(20)} s`);
  console.log(`${'papaparse + bare inserts, events'.padEnd(34)}${spread(pick((r) => r.papaparse.events)).padStart(20)} s`);

  if (!options['no-desktop']) {
    const desktop = await desktopRun(corpus);
    console.log(
      `desktop app's bundles, one run: contacts ${s(desktop.contacts.seconds)} s ${desktop.contacts.peakRssMb} MB, events ${s(desktop.events.seconds)} s ${desktop.events.peakRssMb} MB (timed from the request to COMMIT, inside a booted host)`,
    );
  }

  console.log('');
  console.log('Timed: relance import from spawn to exit (start, open or create the database, stage the file, read, check, write, COMMIT, plan the outbox, close);');
  console.log('the browser host from the upload of the file to imports.finished on its event stream; sqlite3 from spawn to exit.');
  console.log('Targets (same run, same machine):');
  const ratio = median(runs.map((run) => run.cli.contacts.seconds / run.shell.contacts.seconds));
  const contactsSeconds = median(pick((r) => r.cli.contacts.seconds));
  const eventsSeconds = median(pick((r) => r.cli.events.seconds));
  console.log(
    `  relance import, ${ROWS.toLocaleString('en')} contacts <= ${TARGETS.contactsVsShell}x sqlite3 .import of the same file: ${ratio.toFixed(1)}x (${s(contactsSeconds)} s vs ${s(median(shellContacts))} s; DESIGN.md says about ${TARGETS.contactsSeconds} s)  ${verdict(ratio <= TARGETS.contactsVsShell)}`,
  );
  console.log(`  relance import, the events <= ${TARGETS.eventsSeconds} s: ${s(eventsSeconds)} s  ${verdict(eventsSeconds <= TARGETS.eventsSeconds)}`);
  for (const [name, rss] of [
    ['relance import, contacts', pick((r) => r.cli.contacts.peakRssMb)],
    ['relance import, events', pick((r) => r.cli.events.peakRssMb)],
    ['browser host, contacts', pick((r) => r.web.contacts.peakRssMb)],
    ['browser host, events', pick((r) => r.web.events.peakRssMb)],
  ] as const) {
    console.log(`  peak RSS, ${name} <= ${TARGETS.peakRssMb} MB: ${median(rss)} MB  ${verdict(median(rss) <= TARGETS.peakRssMb)}`);
  }
};

await main();
