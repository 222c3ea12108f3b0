import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../api';
import { bootCore } from '../../core/boot';
import { holdHostLease } from '../../core/backup/host-presence';
import { acquireLease, releaseLease } from '../../core/sending/lease';
import { repoRoot, runCli, type CliRun } from '../test-support/run-cli';

let dir: string;
let dataDir: string;

const relance = (...args: string[]): Promise<CliRun> => runCli(join(dir, 'never-used'), ...args);
const emailsIn = (file: string): unknown[] => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare('SELECT email FROM contacts ORDER BY email').pluck().all();
  } finally {
    sqlite.close();
  }
};
const addContact = async (email: string) => {
  const booted = bootCore({ dataDir, migrationsFolder: join(repoRoot, 'db', 'migrations'), host: 'cli' });
  try {
    await booted.handlers['contacts.create'](contract['contacts.create'].input.parse({ firstName: 'Léa', lastName: 'Martin', email }));
  } finally {
    booted.close();
  }
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-backup-'));
  dataDir = join(dir, 'data');
  await addContact('lea@example.com');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each step starts the command line afresh, as a person (or cron) does.
describe('relance backup and restore', { timeout: 60_000 }, () => {
  it('backs up into FILE, verified, owner-only, with progress on standard error', async () => {
    const file = join(dir, 'copy.db');
    const run = await relance('backup', file, '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Backed up to ${file}`);
    expect(run.stderr).toContain('Backing up: 100%');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(emailsIn(file)).toEqual(['lea@example.com']);
    const again = await relance('backup', file, '--data-dir', dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`relance: ${file} already exists: choose another name (a backup never overwrites a file).\n`);
  });

  it('restores FILE and keeps the database as it was in backups/', async () => {
    const file = join(dir, 'before-paul.db');
    expect((await relance('backup', file, '--data-dir', dataDir)).code).toBe(0);
    await addContact('paul@example.com');
    const run = await relance('restore', file, '--data-dir', dataDir, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { kept_as: string; held: number; migrated: number };
    expect(result).toMatchObject({ held: 0, migrated: 0, carried: { sends: 0, stops: 0 } });
    expect(emailsIn(join(dataDir, 'relance.db'))).toEqual(['lea@example.com']);
    expect(emailsIn(result.kept_as)).toEqual(['lea@example.com', 'paul@example.com']);
    expect(readdirSync(dataDir).filter((name) => name.includes('restoring'))).toEqual([]);
  });

  it('carries over an opt-out made after the backup, and says so', async () => {
    const file = join(dir, 'before-stop.db');
    expect((await relance('backup', file, '--data-dir', dataDir)).code).toBe(0);
    expect((await relance('unsubscribe', 'lea@example.com', '--data-dir', dataDir)).code).toBe(0);
    const run = await relance('restore', file, '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 opt-out (unsubscribes, complaints, bounces, erasures) made after the backup was carried over.');
    const sqlite = new Database(join(dataDir, 'relance.db'), { readonly: true });
    try {
      expect(sqlite.prepare('SELECT unsubscribed_at FROM contacts WHERE email = ?').pluck().get('lea@example.com')).not.toBeNull();
    } finally {
      sqlite.close();
    }
  });

  it('refuses a file that is not a Relance database, and changes nothing', async () => {
    const file = join(dir, 'contacts.csv');
    writeFileSync(file, 'name,email\nLéa,lea@example.com\n'.repeat(50));
    const before = readdirSync(join(dataDir, 'backups')).length;
    const run = await relance('restore', file, '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('relance: contacts.csv is not a Relance database; nothing was changed.\n');
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(before);
    const missing = await relance('restore', join(dir, 'nowhere.db'), '--data-dir', dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.db was not found');
  });

  it('refuses while a send is running, changes nothing, and leaves no lease of its own', async () => {
    const file = join(dir, 'copy.db');
    const live = join(dataDir, 'relance.db');
    const before = readdirSync(join(dataDir, 'backups')).length;
    const sqlite = new Database(live);
    // This test's own process plays a cron `relance send-due` in the middle of its pass.
    acquireLease(sqlite, { holder: 'relance send-due', now: Date.now() });
    try {
      const run = await relance('restore', file, '--data-dir', dataDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`relance: A send is running on this database (relance send-due, process ${process.pid}): try again when it is done; nothing was changed.\n`);
      expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(before);
    } finally {
      releaseLease(sqlite);
      sqlite.close();
    }
    expect((await relance('restore', file, '--data-dir', dataDir)).code).toBe(0);
    const restored = new Database(live, { readonly: true });
    try {
      expect(restored.prepare('SELECT name FROM leases').pluck().all()).toEqual([]);
    } finally {
      restored.close();
    }
  });

  it('refuses while an open app holds the database', async () => {
    const file = join(dir, 'copy.db');
    const sqlite = new Database(join(dataDir, 'relance.db'));
    // This test's own process plays the open browser host: alive, so its lease holds.
    holdHostLease(sqlite, 'the Relance browser host', Date.now());
    sqlite.close();
    const run = await relance('restore', file, '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`relance: the Relance browser host (process ${process.pid}) has this database open: close it, then restore again, or use Settings → Backups in the app.\n`);
    expect(existsSync(join(dataDir, 'relance.db'))).toBe(true);
  });

  it('says how to call them', async () => {
    const run = await relance('backup', '--data-dir', dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('relance backup FILE');
  });
});
