import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, type CliRun } from './test-support/run-cli';

// The command as it ships: bin/relance.mjs runs the bundle in dist-cli/, built on first run and
// again when a source changed. A copy of the sources (node_modules linked) lets this test change
// one without touching the tree others work in.
const COPIED = ['api', 'bin', 'build', 'cli', 'core', 'db', 'patches', 'server', 'package.json', 'package-lock.json'];

let tree: string;
let dataDir: string;

const relance = (...args: string[]): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, RELANCE_DATA_DIR: join(tree, 'never-used') };
    delete env.RELANCE_FROM_SOURCE;
    delete env.RELANCE_STOP_AT;
    const child = spawn(process.execPath, ['bin/relance.mjs', ...args], { cwd: tree, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

const stampTime = () => statSync(join(tree, 'dist-cli', 'stamp.json')).mtimeMs;

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'relance-bundle-'));
  for (const name of COPIED) cpSync(join(repoRoot, name), join(tree, name), { recursive: true, filter: (from) => !from.endsWith('.test.ts') });
  symlinkSync(join(repoRoot, 'node_modules'), join(tree, 'node_modules'), 'dir');
  dataDir = join(tree, 'data');
});

afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('the built relance command', () => {
  it('builds itself on first run and prints the help from the bundle', async () => {
    const run = await relance('--help');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: relance <command>/m);
    const stamp = JSON.parse(readFileSync(join(tree, 'dist-cli', 'stamp.json'), 'utf8'));
    expect(stamp.inputs).toContain('cli/main.ts');
    expect(existsSync(join(tree, 'dist-cli', 'relance.mjs'))).toBe(true);
    expect(existsSync(join(tree, 'dist-cli', 'import-writer.cjs'))).toBe(true);
    expect(existsSync(join(tree, 'dist-cli', 'report-worker.cjs'))).toBe(true);
  }, 120_000);

  it('runs the same bundle again without building it while no source changed', async () => {
    const before = stampTime();
    const run = await relance('--help');
    expect(run.code).toBe(0);
    expect(stampTime()).toBe(before);
  }, 60_000);

  it('builds again when a source changed, and runs what changed', async () => {
    const before = stampTime();
    const main = join(tree, 'cli', 'main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace('win back people who already showed interest', 'win back people (rebuilt)'));
    const run = await relance('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Relance: win back people (rebuilt).');
    expect(stampTime()).toBeGreaterThan(before);
  }, 120_000);

  it('imports a big file through its writer thread, finds the migrations, and sends nothing when nothing is due', async () => {
    // Past 2 MB an import's writes go to the writer thread, which must be found beside the bundle.
    const rows = Array.from({ length: 30_000 }, (_, i) => `bundle${i}@example.com,Person${i},Bundle,Atelier ${i % 50},Villeneuve-sur-Lot`);
    const file = join(tree, 'people.csv');
    writeFileSync(file, `Email,First name,Last name,Company,City\r\n${rows.join('\r\n')}\r\n`);
    expect(statSync(file).size).toBeGreaterThan(2_000_000);
    const imported = await relance('import', file, '--data-dir', dataDir, '--json');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).created).toBe(30_000);

    const sendDue = await relance('send-due', '--data-dir', dataDir, '--json');
    expect(sendDue.code).toBe(0);
    expect(JSON.parse(sendDue.stdout)).toMatchObject({ sent: 0, failed: 0 });
  }, 180_000);

  it('answers send-due with nothing due without booting core, and boots it when there may be something', async () => {
    // core/boot.ts made to fail as soon as it is loaded: the quiet answer must not need it.
    const boot = join(tree, 'core', 'boot.ts');
    const original = readFileSync(boot, 'utf8');
    writeFileSync(boot, `throw new Error('core was booted');\n${original}`);
    try {
      const quiet = await relance('send-due', '--data-dir', dataDir);
      expect(quiet.stderr).toBe('');
      expect(quiet.code).toBe(0);
      expect(quiet.stdout).toBe('Sent 0, deferred 0, failed 0, unknown 0, paused 0, waiting 0, held 0.\n');
      const quietJson = await relance('send-due', '--data-dir', dataDir, '--json');
      expect(JSON.parse(quietJson.stdout)).toEqual({ sent: 0, deferred: 0, failed: 0, unknown: 0, paused: 0, waiting: 0, held: 0, busyWith: null, mailboxPaused: null, stoppedBy: null });
      // A sender's lease: the pass must look at it, so core boots (and here fails as it was made to).
      const sqlite = new Database(join(dataDir, 'relance.db'));
      sqlite.prepare('INSERT INTO leases (name, holder, pid, hostname, acquired_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)').run('send', 'the Relance app', 1, hostname(), Date.now(), Date.now() + 60_000);
      sqlite.close();
      const busy = await relance('send-due', '--data-dir', dataDir);
      expect(busy.stderr).toContain('core was booted');
    } finally {
      writeFileSync(boot, original);
    }
    const busy = await relance('send-due', '--data-dir', dataDir);
    expect(busy.stdout).toBe('Nothing sent: the Relance app (process 1) is sending for this database right now.\n');
  }, 180_000);
});
