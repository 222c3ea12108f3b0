import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, writeTransaction, writeTransactionOn, type OpenedDatabase } from './open-database';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// The one file that starts transactions: its helpers take the write lock first.
const HELPERS = 'db/open-database.ts';

// `db.transaction(…)`, `sqlite.transaction(…)`, `.transaction<T>(…)`; a type such as
// `Db['transaction']` is not a call and stays allowed.
const TRANSACTION_CALL = /\.transaction\s*[(<]/;

const sourceFiles = (folder: string): string[] =>
  readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(folder, name).split(sep).join('/'));

const transactionCalls = (): string[] =>
  ['core', 'db']
    .flatMap(sourceFiles)
    .filter((file) => file !== HELPERS)
    .flatMap((file) =>
      readFileSync(join(repoRoot, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (TRANSACTION_CALL.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );

describe('write transactions', () => {
  it('are started only by the helpers of db/open-database.ts, so none can start without the write lock', () => {
    // A transaction started by hand defaults to DEFERRED: in WAL mode it fails at once with
    // SQLITE_BUSY while an import writes, instead of waiting. Use writeTransaction (drizzle) or
    // writeTransactionOn (better-sqlite3) instead.
    expect(transactionCalls()).toEqual([]);
  });

  it('finds the files it checks', () => {
    const files = ['core', 'db'].flatMap(sourceFiles);
    expect(files).toContain(HELPERS);
    expect(files).toContain('core/contacts/contacts-store.ts');
    expect(files.some((file) => file.endsWith('.test.ts'))).toBe(false);
  });

  describe('helpers', () => {
    let dir: string;
    let opened: OpenedDatabase;
    let other: Database.Database;

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'relance-write-'));
      opened = openDatabase({ file: join(dir, 'relance.db'), migrationsFolder });
      opened.sqlite.pragma('busy_timeout = 50');
      other = new Database(opened.file);
    });
    afterEach(() => {
      other.close();
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    });

    // Taking the lock first is the point: even work that would only read waits for the lock,
    // here past a short timeout, and never starts.
    it.each([
      ['writeTransaction', (work: () => void) => writeTransaction(opened.db, work)],
      ['writeTransactionOn', (work: () => void) => writeTransactionOn(opened.sqlite, work)],
    ])('%s takes the write lock before running the work', (_name, run) => {
      let ran = false;
      other.exec('BEGIN IMMEDIATE');
      expect(() => run(() => (ran = true))).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_BUSY/) }));
      expect(ran).toBe(false);
      other.exec('COMMIT');
      run(() => (ran = true));
      expect(ran).toBe(true);
    });

    it('returns the work result and rolls back when the work throws', () => {
      const count = () => opened.sqlite.prepare('SELECT count(*) FROM settings').pluck().get();
      expect(writeTransactionOn(opened.sqlite, () => opened.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('a', '1')").run().changes)).toBe(1);
      expect(() =>
        writeTransaction(opened.db, () => {
          opened.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('b', '2')").run();
          throw new Error('no');
        }),
      ).toThrow('no');
      expect(count()).toBe(1);
    });
  });
});
