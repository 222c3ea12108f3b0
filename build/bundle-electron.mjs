// Bundles the Electron main process, the preload and the import worker into dist-electron/
// (npm run build:electron). The preload runs sandboxed, where only a single CommonJS file works
// and the only module it may require is electron (Electron sandbox.md, esm.md); the check below
// enforces that. The import worker is then started once to prove the bundle loads.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { common, nodeSide } from './esbuild-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist-electron`;

await build({ ...nodeSide, entryPoints: ['electron/main.ts'], outfile: `${outDir}/main.cjs` });

// CommonJS like main: a worker thread in Electron's main process can require from app.asar
// (electron#33216), and main.ts starts it from this exact path.
await build({ ...nodeSide, entryPoints: ['core/imports/import-worker.ts'], outfile: `${outDir}/import-worker.cjs` });
// The thread that writes a big import, started by the import worker from the path main.ts
// hands in (core/imports/writers.ts).
await build({ ...nodeSide, entryPoints: ['core/imports/writer-thread.ts'], outfile: `${outDir}/import-writer.cjs` });
// The Reports page's workers, started by main.ts from this path (core/reports/report-workers.ts).
await build({ ...nodeSide, entryPoints: ['core/reports/report-worker.ts'], outfile: `${outDir}/report-worker.cjs` });

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: `${outDir}/preload.cjs`,
  external: ['electron'],
  // It carries zod (through the contract's method list) and is parsed on every window load.
  minify: true,
});

// The root package.json says "type": "module"; this keeps any .js in here CommonJS as well.
await mkdir(outDir, { recursive: true });
await writeFile(`${outDir}/package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

const preload = await readFile(`${outDir}/preload.cjs`, 'utf8');
const requires = [...preload.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((match) => match[0]);
const forbidden = requires.filter((call) => call !== 'require("electron")');
if (forbidden.length > 0) {
  console.error(`dist-electron/preload.cjs must require nothing but electron, yet it contains: ${[...new Set(forbidden)].join(', ')}`);
  console.error('A sandboxed preload cannot load other modules; bundle them in or move the code to main.');
  process.exit(1);
}
// Run it once in a bare context shaped like Electron's sandbox (a require that knows only electron),
// so a preload that crashes on load fails here rather than as an empty window.
let exposed = null;
const electronStub = {
  contextBridge: { exposeInMainWorld: (name, api) => (exposed = { name, keys: Object.keys(api).sort().join(',') }) },
  ipcRenderer: { invoke: async () => null, on: () => {}, removeListener: () => {} },
};
const sandboxRequire = (id) => {
  if (id === 'electron') return electronStub;
  throw new Error(`a sandboxed preload cannot require "${id}"`);
};
const preloadModule = { exports: {} };
const { platform, arch, versions } = process;
runInNewContext(preload, { require: sandboxRequire, module: preloadModule, exports: preloadModule.exports, console, process: { platform, arch, versions, env: {}, argv: [] } }, { filename: 'preload.cjs' });
if (exposed?.name !== 'relance' || exposed.keys !== 'invoke,on,stageFile') {
  console.error(`dist-electron/preload.cjs should expose window.relance with invoke, on and stageFile; it exposed ${JSON.stringify(exposed)}.`);
  process.exit(1);
}

// Start the import worker once, as main.ts does, on an empty database and a file that is not
// there: it must load (better-sqlite3 found, every import bundled), open the database and answer
// in the worker protocol. A load failure surfaces as an 'error' event or a non-zero exit instead.
const runWorkerOnce = (workerFile, data) =>
  new Promise((resolve) => {
    const messages = [];
    const worker = new Worker(workerFile, { workerData: { data } });
    worker.on('message', (message) => messages.push(message));
    worker.on('error', (error) => resolve({ error, messages }));
    worker.on('exit', (code) => resolve({ code, messages }));
  });

const smokeDir = await mkdtemp(join(tmpdir(), 'relance-worker-smoke-'));
const dryRun = {
  fileId: 'smoke',
  filePath: join(smokeDir, 'missing.csv'),
  fileName: 'missing.csv',
  mapping: null,
  mode: 'update',
  country: 'FR',
  isDryRun: true,
  now: Date.now(),
};
// The writer thread's file, as electron/main.ts hands it in.
const writerFile = `${outDir}/import-writer.cjs`;
const run = await runWorkerOnce(`${outDir}/import-worker.cjs`, { dbFile: join(smokeDir, 'smoke.db'), job: dryRun, cancel: new SharedArrayBuffer(4), writerFile });
const last = run.messages.at(-1);
if (String(run.error?.message).includes('NODE_MODULE_VERSION')) {
  // After `npm run dist`, node_modules holds better-sqlite3 rebuilt for Electron, which plain Node cannot load.
  console.warn('Skipped starting dist-electron/import-worker.cjs: better-sqlite3 is built for Electron, not this Node.');
} else if (run.error || run.code !== 0 || last?.type !== 'failed') {
  console.error('dist-electron/import-worker.cjs did not start cleanly:', run.error ?? `exit code ${run.code}, messages ${JSON.stringify(run.messages)}`);
  process.exit(1);
} else {
  // Then a real import whose writes go to the writer thread, as a big file's do: the worker must
  // start import-writer.cjs from the path it is given and the contact must be there afterwards.
  const { default: Database } = await import('better-sqlite3');
  const { drizzle } = await import('drizzle-orm/better-sqlite3');
  const { migrate } = await import('drizzle-orm/better-sqlite3/migrator');
  const dbFile = join(smokeDir, 'relance.db');
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  // Drizzle's migrator, as db/run-migrations.ts runs it: the journal's order and statement breaks.
  migrate(drizzle({ client: db }), { migrationsFolder: `${root}db/migrations` });
  const filePath = join(smokeDir, 'people.csv');
  await writeFile(filePath, 'Email,First name\r\nsmoke@example.com,Smoke\r\n');
  const job = { ...dryRun, filePath, fileName: 'people.csv', isDryRun: false, writeInThread: true };
  const written = await runWorkerOnce(`${outDir}/import-worker.cjs`, { dbFile, job, cancel: new SharedArrayBuffer(4), writerFile });
  const contacts = db.prepare('SELECT count(*) FROM contacts').pluck().get();
  db.close();
  if (written.error || written.messages.at(-1)?.type !== 'done' || contacts !== 1) {
    console.error('dist-electron/import-writer.cjs did not write an import:', written.error ?? JSON.stringify(written.messages.at(-1)), `contacts: ${contacts}`);
    process.exit(1);
  }
  // A Reports page worker on that database, as main.ts starts it: it must load, open the file
  // read-only and answer a part (core/reports/report-worker.ts).
  const reported = await new Promise((resolve) => {
    const worker = new Worker(`${outDir}/report-worker.cjs`, { workerData: { data: { dbFile } } });
    worker.on('message', (reply) => {
      if (reply.type !== 'answer') return;
      worker.postMessage({ type: 'close' });
      resolve({ reply });
    });
    worker.once('error', (error) => resolve({ error }));
    const range = { from: '2026-01-01', to: '2026-01-31', startMs: Date.parse('2026-01-01'), endMs: Date.parse('2026-02-01') };
    const settings = { attributionDays: { 'cart-recovery': 7, reactivation: 30, 'review-request': 14 }, fiscalYearStartMonth: 1, timeZone: 'UTC' };
    worker.postMessage({ type: 'part', id: 1, claim: new SharedArrayBuffer(4), part: 'funnel', range, settings });
  });
  if (reported.error || !reported.reply?.ok || reported.reply.value.abandoned !== 0) {
    console.error('dist-electron/report-worker.cjs did not answer a report part:', reported.error ?? JSON.stringify(reported.reply));
    process.exit(1);
  }
}
await rm(smokeDir, { recursive: true, force: true });

console.log('Bundled dist-electron/main.cjs, preload.cjs (requires only electron), import-worker.cjs and import-writer.cjs (both start and write an import), and report-worker.cjs (answers a report part).');
