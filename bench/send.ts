// Send benchmark (docs/performance.md): 2,000 approved cart messages sent by what a user runs, `relance
// send-due` (its own process, pacing off), to a real SMTP server on loopback (STARTTLS, AUTH);
// beside it, in the same run and to the same server, bare nodemailer sending the same 2,000
// messages as Relance renders them (nodemailer builds the MIME), over one reused connection, one after the
// other, in a process of its own too (bench/send-baseline.ts). Both timed as whole processes,
// from spawn to exit; RUNS runs each, alternating, each Relance run on a fresh copy of the seeded
// database. Target: Relance adds at most 20 %. Then `send-due` with nothing due (≤ 0.5 s).
// Run: npm run bench:send
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startTestServer, type TestServer } from '../core/mail/test-support/smtp-test-server';
import { median, root } from './corpus';
import { seedSendDatabase } from './send-seed';

const MESSAGES = 2_000;
const RUNS = 3;
const IDLE_RUNS = 5;
const TARGET_OVERHEAD = 0.2;
const TARGET_IDLE_S = 0.5;
// What a run's copy of the seeded data folder needs: the database (checkpointed) and the password.
const SEED_FILES = ['relance.db', 'relance.db-wal', 'relance.db-shm', 'secrets.json'];

type Spawned = { seconds: number; code: number | null; stdout: string; stderr: string };
type Run = { seconds: number; spanSeconds: number };

// Wall time of a whole process, spawn to exit, its output kept for the checks.
const timeProcess = (args: string[]): Promise<Spawned> =>
  new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.RELANCE_STOP_AT;
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env });
    let seconds = 0;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', () => (seconds = (performance.now() - start) / 1000));
    child.on('close', (code) => resolve({ seconds, code, stdout, stderr }));
  });

const fail = (what: string, run: Spawned): never => {
  throw new Error(`${what}\nexit code ${run.code}\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(0, 2000)}`);
};

// What the server received in one run: every message, each Message-ID once; the span from the
// first delivery to the last is the sending loop alone, without process start and setup.
const received = (server: TestServer, who: string, run: Spawned): { ids: Set<string>; spanSeconds: number } => {
  const ids = new Set(server.deliveries.map((d) => d.messageId).filter((id): id is string => id !== null));
  if (server.deliveries.length !== MESSAGES || ids.size !== MESSAGES) {
    fail(`${who}: the server received ${server.deliveries.length} messages with ${ids.size} distinct Message-IDs, not ${MESSAGES}.`, run);
  }
  const times = server.deliveries.map((d) => d.at);
  return { ids, spanSeconds: (Math.max(...times) - Math.min(...times)) / 1000 };
};

const sendDue = (dataDir: string) => timeProcess(['bin/relance.mjs', 'send-due', '--data-dir', dataDir, '--json']);

const summaryOf = (run: Spawned): { sent: number } => {
  try {
    return JSON.parse(run.stdout) as { sent: number };
  } catch {
    return fail('relance send-due did not print its JSON summary.', run);
  }
};

const relanceRun = async (server: TestServer, seedDir: string, runDir: string): Promise<Run> => {
  mkdirSync(runDir);
  for (const file of SEED_FILES) if (existsSync(join(seedDir, file))) copyFileSync(join(seedDir, file), join(runDir, file));
  server.deliveries.length = 0;
  const run = await sendDue(runDir);
  const summary = summaryOf(run);
  if (run.code !== 0 || summary.sent !== MESSAGES) fail(`relance send-due sent ${summary.sent} messages, not ${MESSAGES}.`, run);
  const { ids, spanSeconds } = received(server, 'relance send-due', run);
  // The server got exactly the messages the database records as sent.
  const db = new Database(join(runDir, 'relance.db'), { readonly: true });
  const recorded = db.prepare(`SELECT message_id FROM outbox WHERE state = 'sent'`).pluck().all() as string[];
  db.close();
  if (recorded.length !== MESSAGES || recorded.some((id) => !ids.has(id))) fail(`the database records ${recorded.length} sent messages that do not match what the server received.`, run);
  return { seconds: run.seconds, spanSeconds };
};

const baselineRun = async (server: TestServer, inputFile: string): Promise<Run> => {
  server.deliveries.length = 0;
  const run = await timeProcess(['--import', 'tsx', 'bench/send-baseline.ts', inputFile]);
  if (run.code !== 0) fail('the nodemailer baseline failed.', run);
  const { spanSeconds } = received(server, 'nodemailer baseline', run);
  return { seconds: run.seconds, spanSeconds };
};

const spread = (values: number[]) => `${median(values).toFixed(2)} s (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;
const perMessage = (seconds: number) => `${((seconds * 1000) / MESSAGES).toFixed(3)} ms`;

// The median time of the commit that marks a message `sending` (the same UPDATE, synchronous=FULL),
// on a copy of the run's database in the same folder: the same disk, pages and indexes as the runs.
const durableCommitMs = (dir: string): number => {
  const file = join(dir, 'durable-probe.db');
  copyFileSync(join(dir, 'relance.db'), file);
  if (existsSync(join(dir, 'relance.db-wal'))) copyFileSync(join(dir, 'relance.db-wal'), `${file}-wal`);
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    const ids = sqlite.prepare(`SELECT id FROM outbox WHERE state = 'sent' LIMIT 200`).pluck().all() as string[];
    const queue = sqlite.prepare(`UPDATE outbox SET state = 'queued' WHERE id = ?`);
    const sending = sqlite.prepare(`UPDATE outbox SET state = 'sending', updated_at = ? WHERE id = ? AND state = 'queued'`);
    const times: number[] = [];
    for (const id of ids) {
      sqlite.pragma('synchronous = NORMAL');
      sqlite.transaction(() => queue.run(id)).immediate();
      sqlite.pragma('synchronous = FULL');
      const start = performance.now();
      sqlite.transaction(() => sending.run(Date.now(), id)).immediate();
      times.push(performance.now() - start);
    }
    if (times.length === 0) throw new Error('The durable-commit probe found no sent message to time.');
    return median(times);
  } finally {
    sqlite.close();
  }
};

const main = async (): Promise<void> => {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'relance-bench-send-'));
  const server = await startTestServer();
  try {
    const seedDir = join(work, 'seed');
    const inputFile = join(work, 'baseline-input.json');
    await seedSendDatabase(seedDir, MESSAGES, server, inputFile);
    console.log(`Seeded ${MESSAGES.toLocaleString('en')} approved cart messages (import, plan, approve) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const ours: Run[] = [];
    const bare: Run[] = [];
    let lastDir = '';
    for (let i = 1; i <= RUNS; i += 1) {
      // Alternating which goes first, so neither always meets a warmer machine.
      const runDir = join(work, `run-${i}`);
      const relanceFirst = i % 2 === 1;
      if (relanceFirst) ours.push(await relanceRun(server, seedDir, runDir));
      bare.push(await baselineRun(server, inputFile));
      if (!relanceFirst) ours.push(await relanceRun(server, seedDir, runDir));
      if (lastDir) rmSync(lastDir, { recursive: true, force: true });
      lastDir = runDir;
      const r = ours.at(-1)!;
      const b = bare.at(-1)!;
      console.log(`run ${i}: relance send-due ${r.seconds.toFixed(2)} s (sending ${r.spanSeconds.toFixed(2)} s) | nodemailer ${b.seconds.toFixed(2)} s (sending ${b.spanSeconds.toFixed(2)} s) | ratio ${(r.seconds / b.seconds).toFixed(2)}`);
    }

    // Cron with nothing due, on the database of the last run (everything sent, the next steps planned).
    const idle: number[] = [];
    for (let i = 0; i < IDLE_RUNS; i += 1) {
      const run = await sendDue(lastDir);
      if (run.code !== 0 || summaryOf(run).sent !== 0) fail('relance send-due with nothing due sent something or failed.', run);
      idle.push(run.seconds);
    }

    const oursWall = median(ours.map((r) => r.seconds));
    const bareWall = median(bare.map((r) => r.seconds));
    const overhead = oursWall / bareWall - 1;
    const oursSpan = median(ours.map((r) => r.spanSeconds));
    const bareSpan = median(bare.map((r) => r.spanSeconds));
    console.log('');
    console.log(`${MESSAGES.toLocaleString('en')} messages to smtp-server on 127.0.0.1 (STARTTLS, AUTH, one connection), pacing off; every run checked: ${MESSAGES.toLocaleString('en')} sent, ${MESSAGES.toLocaleString('en')} distinct Message-IDs received`);
    console.log(`Median of ${RUNS} runs (range), whole process from spawn to exit:`);
    console.log(`  relance send-due --json:          ${spread(ours.map((r) => r.seconds))}, ${perMessage(oursWall)} per message; first to last delivery ${oursSpan.toFixed(2)} s, ${perMessage(oursSpan)} per message`);
    console.log(`  bare nodemailer (pool, same messages): ${spread(bare.map((r) => r.seconds))}, ${perMessage(bareWall)} per message; first to last delivery ${bareSpan.toFixed(2)} s, ${perMessage(bareSpan)} per message`);
    // The machines are shared: the ratio within each pair holds better than either time when their speed drifts.
    const pairs = ours.map((r, i) => r.seconds / bare[i]!.seconds);
    console.log(`  ratio within each run's pair: median ${median(pairs).toFixed(2)} (${Math.min(...pairs).toFixed(2)}-${Math.max(...pairs).toFixed(2)})`);
    console.log(`target: relance adds <= ${TARGET_OVERHEAD * 100} % over bare nodemailer: +${(overhead * 100).toFixed(1)} %  ${overhead <= TARGET_OVERHEAD ? 'PASS' : 'FAIL'}`);
    // What the rule "sending is committed with synchronous=FULL before DATA" costs on this disk:
    // one fsync per message, which no amount of code removes; shown so the figure can be read.
    const durable = durableCommitMs(lastDir);
    console.log(`  of which the durable 'sending' commit (synchronous=FULL, one fsync per message) on this disk: ${durable.toFixed(2)} ms per message, ${((durable * MESSAGES) / 1000).toFixed(2)} s per run`);
    const idleMedian = median(idle);
    console.log(`relance send-due with nothing due (${MESSAGES.toLocaleString('en')} contacts, all sent): ${idleMedian.toFixed(2)} s (median of ${IDLE_RUNS}, ${Math.min(...idle).toFixed(2)}-${Math.max(...idle).toFixed(2)})  target <= ${TARGET_IDLE_S} s  ${idleMedian <= TARGET_IDLE_S ? 'PASS' : 'FAIL'}`);
    console.log(`whole benchmark: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
};

await main();
