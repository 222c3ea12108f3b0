import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { suppressionHash } from '../respect/suppression-hash';
import { LEASE_MS } from '../sending/lease';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { backupsDir } from './backup-names';
import { restoreBackup } from './restore-backup';

// What a restore must not do (never send twice, never write to someone who said stop): finish
// without carrying over, miss an older database's stops, or lose what a running sender writes.
const START = Date.parse('2026-12-01T10:00:00Z');
let now = START;
const booted = useTempCore('restore-safety', { now: () => new Date(now) });
const call = callThrough(booted);
const sqlite = () => booted().database.sqlite;
const dataDir = () => booted().database.file.replace(/\/relance\.db$/, '');

const person = async (firstName: string) => (await call('contacts.create', { firstName, email: `${firstName.toLowerCase()}@example.com` })).id;
const emails = () => sqlite().prepare('SELECT email FROM contacts ORDER BY email').pluck().all();
const backupNames = () => readdirSync(backupsDir(dataDir())).filter((name) => name.endsWith('.db')).sort();

// The parent of this test process: alive, on this machine, and not this process.
const otherProcess = process.ppid;
const lease = (name: string, holder: string, pid: number) =>
  sqlite().prepare('INSERT OR REPLACE INTO leases (name, holder, pid, hostname, acquired_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(name, holder, pid, hostname(), now, now + LEASE_MS);
const leases = () => sqlite().prepare('SELECT name, holder, pid FROM leases ORDER BY name').all();

describe('a restore that cannot carry over stops, with nothing changed', () => {
  it('stops when writing the carried stops into the restored copy fails, and leaves the live database as it was', async () => {
    now = START;
    const ana = await person('Ana');
    const backup = await call('backups.create', {});
    // The restored copy refuses the write (as a full disk or an I/O error would), not the read.
    const file = new Database(join(backupsDir(dataDir()), backup.name));
    file.exec(`CREATE TRIGGER refuse_suppressions BEFORE INSERT ON suppressions BEGIN SELECT RAISE(ABORT, 'no room'); END`);
    file.close();
    await call('contacts.unsubscribe', { id: ana });
    await person('Bob');

    const refused = await domainErrorOf(() => call('backups.restore', { name: backup.name }));
    expect(refused.issues?.[0]?.rule).toBe('backup.carryFailed');
    expect(refused.message).toContain('nothing was changed');
    expect(emails()).toEqual(['ana@example.com', 'bob@example.com']);
    expect(sqlite().prepare('SELECT unsubscribed_at FROM contacts WHERE id = ?').pluck().get(ana)).toBe(START);
    // No copy of the live database is left behind, and no restore lease.
    expect(backupNames()).toEqual([backup.name]);
    expect(leases()).toEqual([]);
  });
});

describe('a restore keeps senders and mail readers of other processes away', () => {
  for (const [name, rule] of [['send', 'backup.sending'], ['read', 'backup.reading']] as const) {
    it(`refuses while another process holds the ${name} lease, and changes nothing`, async () => {
      now = START;
      await person('Ana');
      const backup = await call('backups.create', {});
      await person('Bob');
      lease(name, `relance ${name === 'send' ? 'send-due' : 'check-mail'}`, otherProcess);

      const refused = await domainErrorOf(() => call('backups.restore', { name: backup.name }));
      expect(refused.issues?.[0]?.rule).toBe(rule);
      expect(refused.message).toContain('try again when it is done');
      expect(emails()).toEqual(['ana@example.com', 'bob@example.com']);
      expect(backupNames()).toEqual([backup.name]);
      // The other process keeps its lease; the restore took none.
      expect(leases()).toEqual([{ name, holder: expect.stringContaining('relance'), pid: otherProcess }]);
    });
  }

  it('keeps the leases live processes hold, drops the backup’s, and lets its own go', async () => {
    now = START;
    await person('Ana');
    // Held when the backup was made, by a process long gone since.
    lease('backup', 'old daily backup', 4_194_303);
    const backup = await call('backups.create', {});
    sqlite().prepare(`DELETE FROM leases`).run();
    lease('host', 'relance web', otherProcess);

    await call('backups.restore', { name: backup.name });
    expect(leases()).toEqual([{ name: 'host', holder: 'relance web', pid: otherProcess }]);
  });
});

// A folder of the first `count` real migrations (db/run-migrations.test.ts does the same).
const olderMigrations = (dir: string, count: number): string => {
  const folder = join(dir, `migrations-${count}`);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(0, count);
  for (const entry of entries) copyFileSync(join('db/migrations', `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
};

const addContact = (db: Database.Database, email: string) =>
  db.prepare(`INSERT INTO contacts (id, first_name, last_name, sort_name, email, email_key, created_at, updated_at) VALUES ('c1', 'Léa', 'Martin', 'martin léa', ?, ?, 0, 0)`)
    .run(email, email);

describe('a replaced database on an older schema', () => {
  it('still gives its stops: it is read through a copy brought up to date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-older-replaced-'));
    try {
      const email = 'lea@example.com';
      // The backup: this version, Léa with nothing said.
      const backupFile = join(dir, 'backup.db');
      const made = openDatabase({ file: backupFile, migrationsFolder: 'db/migrations' });
      addContact(made.sqlite, email);
      made.close();
      // The database it replaces: made before sending (0008: attempted_at, leases, unsubscribe
      // tokens) and the audit log (0010) existed, where Léa unsubscribed and complained.
      const dataDir = join(dir, 'data');
      mkdirSync(dataDir);
      const older = openDatabase({ file: join(dataDir, 'relance.db'), migrationsFolder: olderMigrations(dir, 8) });
      addContact(older.sqlite, email);
      older.sqlite.prepare(`UPDATE contacts SET unsubscribed_at = ?, complaint_open_since = ? WHERE id = 'c1'`).run(START, START);
      older.sqlite.prepare(`INSERT INTO suppressions (hash, reason, created_at) VALUES (?, 'unsubscribed', ?)`).run(suppressionHash(email), START);
      older.close();

      const restored = await restoreBackup({ dataDir, source: backupFile, migrationsFolder: 'db/migrations', now: new Date(START + 60_000) });
      expect(restored.carried).toEqual({ sends: 0, stops: 1 });
      const file = new Database(join(dataDir, 'relance.db'), { readonly: true });
      try {
        expect(file.prepare(`SELECT unsubscribed_at, complaint_open_since FROM contacts WHERE id = 'c1'`).get())
          .toEqual({ unsubscribed_at: START, complaint_open_since: START });
        expect(file.prepare('SELECT reason FROM suppressions WHERE hash = ?').pluck().get(suppressionHash(email))).toBe('unsubscribed');
      } finally {
        file.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
