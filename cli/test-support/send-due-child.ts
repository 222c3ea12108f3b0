import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { repoRoot } from './run-cli';

// `relance send-due --json` as cron runs it, in its own process, so a test can SIGKILL it
// (optionally stopped at a named moment of sending, see cli/stop-at.ts).
export type SendDueChild = {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
};

export const spawnSendDue = (dataDir: string, stopAt?: string): SendDueChild => {
  const env: NodeJS.ProcessEnv = { ...process.env, RELANCE_DATA_DIR: dataDir };
  delete env.RELANCE_STOP_AT;
  if (stopAt) env.RELANCE_STOP_AT = stopAt;
  const child = spawn(process.execPath, ['bin/relance.mjs', 'send-due', '--data-dir', dataDir, '--json'], { cwd: repoRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
};

// Resolves once `check` holds; fails with `what` and the child's stderr if the child ends first
// or the deadline passes.
export const waitUntil = async (run: SendDueChild, check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (run.child.exitCode !== null || run.child.signalCode !== null) throw new Error(`send-due ended (${run.child.exitCode}) before ${what}: ${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`send-due never reached ${what}: ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

// Returns the signal that ended the child: SIGKILL, unless it had already ended by itself.
export const killHard = async (run: SendDueChild): Promise<NodeJS.Signals | null> => {
  run.child.kill('SIGKILL');
  await run.exited;
  return run.child.signalCode;
};

export type SendDueResult = { code: number | null; summary: Record<string, unknown> | null; stderr: string };

// A normal run to the end, with its JSON summary (null when stdout is not JSON).
export const sendDueToEnd = async (dataDir: string): Promise<SendDueResult> => {
  const run = spawnSendDue(dataDir);
  const code = await run.exited;
  let summary: Record<string, unknown> | null = null;
  try {
    summary = JSON.parse(run.stdout()) as Record<string, unknown>;
  } catch {
    summary = null;
  }
  return { code, summary, stderr: run.stderr() };
};
