import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli';

// What the command line says when the data files are not usable: one sentence on stderr with
// what to do, a non-zero exit, never a stack.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const expectOneSentence = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/SQLITE_|ENOSPC|EACCES|EPERM|EADDRINUSE|Something went wrong/);
};

describe('relance and unusable data files', () => {
  it('a damaged database: a change, an import and sending are refused, in one sentence naming the newest backup', async () => {
    const csv = join(dir, 'people.csv');
    const rows = Array.from({ length: 2000 }, (_, i) => `Person${i},${'Exemple'.repeat(20)},p${i}@example.com`);
    writeFileSync(csv, ['first_name,last_name,email', ...rows].join('\n'));
    const data = join(dir, 'data');
    expect((await runCli(data, 'import', csv, '--data-dir', data)).code).toBe(0);
    mkdirSync(join(data, 'backups'), { recursive: true });
    writeFileSync(join(data, 'backups', 'relance-daily-2026-11-30T09-00-00-000Z.db'), 'x');
    const file = join(data, 'relance.db');
    const pageSize = 16384;
    const pages = Math.floor(statSync(file).size / pageSize);
    const fd = openSync(file, 'r+');
    for (const page of [Math.floor(pages / 2), Math.floor(pages / 2) + 1]) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, page * pageSize);
    closeSync(fd);

    const write = await runCli(data, 'settings', 'set', 'business.name', 'Atelier Exemple', '--data-dir', data);
    expect(write.code).toBe(1);
    expect(write.stderr).toContain(`relance: The database in ${data} is damaged: Relance stopped writing to it so nothing more is lost; restore the newest backup (relance-daily-2026-11-30T09-00-00-000Z.db)`);
    expectOneSentence(write.stderr);

    // Nothing goes out of a damaged file, and nothing more goes into it, cron or by hand.
    for (const args of [['send-due'], ['import', csv]]) {
      const run = await runCli(data, ...args, '--data-dir', data);
      expect(run.code, args[0]).toBe(1);
      expect(run.stderr, args[0]).toContain(`relance: The database in ${data} is damaged`);
      expectOneSentence(run.stderr);
    }
  });

  it('relance import leaves no copy of the file in staging/, dry run or not', async () => {
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'first_name,email\nZoé,zoe@example.com\n');
    const data = join(dir, 'data');
    expect((await runCli(data, 'import', csv, '--dry-run', '--data-dir', data)).code).toBe(0);
    expect(readdirSync(join(data, 'staging'))).toEqual([]);
    expect((await runCli(data, 'import', csv, '--data-dir', data)).code).toBe(0);
    expect(readdirSync(join(data, 'staging'))).toEqual([]);
  });

  it('a zero-byte database beside backups names the file and the newest backup', async () => {
    const data = join(dir, 'data');
    mkdirSync(join(data, 'backups'), { recursive: true });
    writeFileSync(join(data, 'relance.db'), '');
    writeFileSync(join(data, 'backups', 'relance-daily-2026-11-30T09-00-00-000Z.db'), 'x');
    const run = await runCli(data, 'contacts', '--data-dir', data);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`relance: ${join(data, 'relance.db')} is empty (0 bytes) although backups exist: Relance did not start on an empty database. Restore the newest backup (relance-daily-2026-11-30T09-00-00-000Z.db) with relance restore, or delete the empty file to start afresh.\n`);
  });

  // As root a chmod 0500 folder stays writable, so a sysfs folder (which refuses root) stands in.
  it.skipIf(process.platform === 'win32')('a folder it may not write in', async () => {
    const isRoot = process.getuid?.() === 0;
    const locked = isRoot ? '/sys/kernel/relance-test-data' : join(dir, 'locked');
    if (!isRoot) mkdirSync(locked, { mode: 0o500 });
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'first_name,email\nZoé,zoe@example.com\n');
    const run = await runCli(dir, 'import', csv, '--data-dir', join(locked, 'relance'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`relance: Relance may not write in ${join(locked, 'relance')}: nothing was saved. Give yourself write access to that folder, or choose another one with --data-dir.\n`);
    const web = await runCli(dir, 'web', '--data-dir', join(locked, 'relance'));
    expect(web.code).toBe(1);
    expect(web.stderr).toBe(run.stderr);
  });

  it('relance web on a port already in use', async () => {
    const other: Server = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as { port: number };
    try {
      const run = await runCli(dir, 'web', '--port', String(port), '--data-dir', join(dir, 'data'));
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`relance: Port ${port} is already in use, by another program or another Relance. Choose another one with --port, or leave --port out to use a free one.\n`);
    } finally {
      other.close();
    }
  });
});
