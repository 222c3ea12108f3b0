// The ways bench/import.ts brings a file into a database, each timed as what a person waits for:
// the `relance import` command as a whole process, the browser host's import over HTTP, the
// sqlite3 shell's `.import`, and papaparse with bare inserts. Peak memory is the whole
// process's: /usr/bin/time's maximum resident set for a command, VmHWM for the running host
// (reset before each import, so each import has its own peak).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { root } from './corpus';

export type Measured = { seconds: number; peakRssMb: number };
export type CliImport = Measured & { summary: { rows: number; created: number; updated: number; merged: number; rejected: number; events: number; errorCount: number; format: string } };

const mb = (kb: number): number => Math.round(kb / 1024);

const withTempDir = <T>(prefix: string, work: (dir: string) => T): T => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

// A command under /usr/bin/time: wall time from spawn to exit, its peak resident memory.
const timeCommand = (command: string, args: string[], input?: string): Measured & { stdout: string } =>
  withTempDir('relance-bench-time-', (dir) => {
    const report = join(dir, 'time.txt');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.RELANCE_FROM_SOURCE;
    const start = performance.now();
    const stdout = execFileSync('/usr/bin/time', ['-f', '%M', '-o', report, command, ...args], { cwd: root, env, encoding: 'utf8', input, maxBuffer: 2 ** 26 });
    const seconds = (performance.now() - start) / 1000;
    return { seconds, peakRssMb: mb(Number(readFileSync(report, 'utf8').trim().split('\n').at(-1))), stdout };
  });

// `relance import FILE --data-dir DIR --json`, as a person runs it after `npm install`.
export const cliImport = (dataDir: string, file: string): CliImport => {
  const { stdout, ...measured } = timeCommand(process.execPath, ['bin/relance.mjs', 'import', file, '--data-dir', dataDir, '--country', 'FR', '--json']);
  return { ...measured, summary: JSON.parse(stdout) as CliImport['summary'] };
};

// The sqlite3 shell's own CSV import into a fresh database: the floor the target is set from.
export const sqliteImport = (file: string): Measured =>
  withTempDir('relance-bench-sqlite3-', (dir) => timeCommand('/usr/bin/sqlite3', [join(dir, 'shell.db')], `.mode csv\n.import ${file} t\n`));

// Parse with papaparse into arrays, insert every row as-is with one prepared statement, in this
// process (its time only).
export const papaparseInserts = (file: string): number =>
  withTempDir('relance-bench-baseline-', (dir) => {
    const db = new Database(join(dir, 'baseline.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    try {
      const start = performance.now();
      const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
      const [header, ...rows] = parsed.data;
      db.exec(`CREATE TABLE t (${header!.map((h) => `"${h}" TEXT`).join(', ')})`);
      const insert = db.prepare(`INSERT INTO t VALUES (${header!.map(() => '?').join(', ')})`);
      db.transaction(() => {
        for (const row of rows) insert.run(row.slice(0, header!.length));
      })();
      return (performance.now() - start) / 1000;
    } finally {
      db.close();
    }
  });

// The browser host (`relance web`), started once per data folder; each import goes as the
// interface sends it: the file's bytes to /api/files, then imports.start, and the wait for
// imports.finished on the event stream, with the key as `Authorization: Bearer`.
export type WebHost = { importFile: (file: string) => Promise<Measured & { importId: string }>; stop: () => Promise<void> };

const ADDRESS = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([\w-]+)/;

const addressOf = (child: ChildProcess): Promise<{ url: string; token: string }> =>
  new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = ADDRESS.exec(output);
      if (found) resolve({ url: found[1]!, token: found[2]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`relance web stopped (code ${code}) before printing its address:\n${output.slice(0, 2000)}`)));
  });

const vmHwmMb = (pid: number): number => {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (line === null) throw new Error('/proc/PID/status has no VmHWM line: the peak memory can only be read on Linux.');
  return mb(Number(line[1]));
};

type Finished = { type: 'imports.finished'; jobId: string; outcome: string; importId: string | null; message?: string };

export const startWebHost = async (dataDir: string): Promise<WebHost> => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.RELANCE_FROM_SOURCE;
  const child = spawn(process.execPath, ['bin/relance.mjs', 'web', '--data-dir', dataDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const { url, token } = await addressOf(child);
  const authorization = `Bearer ${token}`;
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${url}api/${method}`, { method: 'POST', headers: { Authorization: authorization, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
    return body.value;
  };
  // One event stream, as the open page holds; finished imports are waited for by job id.
  const waiting = new Map<string, (event: Finished) => void>();
  const finished = new Map<string, Finished>();
  const stream = new AbortController();
  const events = await fetch(`${url}api/events`, { headers: { Authorization: authorization }, signal: stream.signal });
  void (async () => {
    let text = '';
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += decoder.decode(chunk.value, { stream: true });
        for (let end = text.indexOf('\n\n'); end !== -1; end = text.indexOf('\n\n')) {
          const data = /^data: (.*)$/m.exec(text.slice(0, end))?.[1];
          text = text.slice(end + 2);
          const event = data ? (JSON.parse(data) as { type: string; jobId?: string }) : null;
          if (event?.type !== 'imports.finished') continue;
          finished.set(event.jobId!, event as Finished);
          waiting.get(event.jobId!)?.(event as Finished);
        }
      }
    } catch {
      // Aborted at stop.
    }
  })();
  const finishedOf = (jobId: string): Promise<Finished> => new Promise((resolve) => (finished.has(jobId) ? resolve(finished.get(jobId)!) : waiting.set(jobId, resolve)));

  const importFile = async (file: string) => {
    const bytes = readFileSync(file);
    // This import's own peak: the host's high-water mark starts again from what it holds now.
    writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
    const start = performance.now();
    const staged = await fetch(`${url}api/files`, { method: 'POST', headers: { Authorization: authorization, 'X-File-Name': encodeURIComponent(basename(file)) }, body: bytes });
    const stagedBody = (await staged.json()) as { ok: boolean; value: { fileId: string }; error?: { message: string } };
    if (!stagedBody.ok) throw new Error(`Staging ${file}: ${stagedBody.error?.message}`);
    const { jobId } = (await call('imports.start', { fileId: stagedBody.value.fileId, mapping: null, mode: 'update', country: 'FR' })) as { jobId: string };
    const outcome = await finishedOf(jobId);
    const seconds = (performance.now() - start) / 1000;
    if (outcome.outcome !== 'done' || outcome.importId === null) throw new Error(`The browser host's import of ${file} ended ${outcome.outcome}: ${outcome.message ?? ''}`);
    return { seconds, peakRssMb: vmHwmMb(child.pid!), importId: outcome.importId };
  };

  const stop = async () => {
    stream.abort();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { importFile, stop };
};
