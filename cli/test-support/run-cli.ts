import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type CliRun = { code: number | null; stdout: string; stderr: string };

// Runs `relance ARGS` as a person does, in a child process, with RELANCE_DATA_DIR pointing at
// `fallbackDataDir` so a missing --data-dir can never touch a real one.
export const runCli = (fallbackDataDir: string, ...args: string[]): Promise<CliRun> => runCliWithInput(fallbackDataDir, '', ...args);

// The same, with `input` typed on its standard input (a password given with --password-stdin).
export const runCliWithInput = (fallbackDataDir: string, input: string, ...args: string[]): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/relance.mjs', ...args], { cwd: repoRoot, env: { ...process.env, RELANCE_DATA_DIR: fallbackDataDir } });
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
