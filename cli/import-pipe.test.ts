import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './test-support/run-cli';

// `relance import` reads a pipe (`relance import <(…)`, `cat clients.csv | relance import
// /dev/stdin`) as it arrives, into the staging folder, as it copies a file.
describe('relance import from a pipe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-import-pipe-'));
  const dataDir = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports what arrives through a named pipe, piece by piece, and leaves no staged copy', async () => {
    const pipe = join(dir, 'clients.csv');
    execFileSync('mkfifo', [pipe]);
    const running = runCli(join(dir, 'unused'), 'import', pipe, '--data-dir', dataDir, '--json');
    // Written in pieces larger than a pipe holds, the last a while after the first.
    const writer = createWriteStream(pipe);
    writer.write('First Name,Last Name,Email\n');
    for (let piece = 0; piece < 3; piece += 1) {
      writer.write(Array.from({ length: 1000 }, (_, i) => `Person${piece * 1000 + i},Roux,person${piece * 1000 + i}@example.org\n`).join(''));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    writer.end();
    const run = await running;
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'clients.csv', rows: 3000, created: 3000, rejected: 0 });
    expect(readdirSync(join(dataDir, 'staging'))).toEqual([]);
  });

  it('refuses a folder as it refuses a wrong path, before the database is made', async () => {
    const folder = join(dir, 'exports');
    mkdirSync(folder);
    const run = await runCli(join(dir, 'unused'), 'import', folder, '--data-dir', join(dir, 'never'));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`Cannot read ${folder}: check the path.`);
    expect(readdirSync(dir)).not.toContain('never');
  });

  it('calls a pipe made by the shell "pipe", not by its number', async () => {
    const file = join(dir, 'orders.csv');
    writeFileSync(file, 'First Name,Email\nZoé,zoe@example.org\n');
    const run = spawnSync('bash', ['-c', 'exec "$0" bin/relance.mjs import <(cat "$1") --data-dir "$2" --json', process.execPath, file, join(dir, 'shell')], {
      cwd: repoRoot, encoding: 'utf8', env: { ...process.env, RELANCE_DATA_DIR: join(dir, 'unused') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'pipe', rows: 1, created: 1 });
  });

  it('stops reading a source that never ends once it passes the size limit', async () => {
    const run = await runCli(join(dir, 'unused'), 'import', '/dev/zero', '--data-dir', join(dir, 'endless'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('zero is larger than 200 MB. Split it into smaller files.');
    expect(readdirSync(join(dir, 'endless', 'staging'))).toEqual([]);
  }, 30_000);

  it('ends at the size limit while the writer of the pipe is still there', async () => {
    const pipe = join(dir, 'stalled.csv');
    execFileSync('mkfifo', [pipe]);
    // 200 MiB and a byte, then the pipe held open: the command must not wait for its end.
    const writer = spawn('bash', ['-c', 'exec 3>"$0"; head -c 209715201 /dev/zero >&3; sleep 60', pipe], { stdio: 'ignore' });
    try {
      const started = Date.now();
      const run = await runCli(join(dir, 'unused'), 'import', pipe, '--data-dir', join(dir, 'stalled'));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('stalled.csv is larger than 200 MB.');
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(writer.exitCode).toBeNull();
    } finally {
      writer.kill();
    }
  }, 30_000);
});
