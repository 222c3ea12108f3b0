import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from './open-database';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('sets WAL mode, foreign keys and a busy timeout on the connection', () => {
    const opened = openDatabase({ file: join(dir, 'relance.db'), migrationsFolder });
    try {
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      opened.close();
    }
  });

  it('makes a new database with 16 KB pages, and leaves an existing one as it was made', () => {
    const file = join(dir, 'relance.db');
    const first = openDatabase({ file, migrationsFolder });
    expect(first.sqlite.pragma('page_size', { simple: true })).toBe(16384);
    first.close();
    const older = new Database(join(dir, 'older.db'));
    older.pragma('journal_mode = WAL');
    older.close();
    const reopened = openDatabase({ file: join(dir, 'older.db'), migrationsFolder });
    try {
      expect(reopened.sqlite.pragma('page_size', { simple: true })).toBe(4096);
      expect(reopened.sqlite.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    } finally {
      reopened.close();
    }
  });

  it('creates the data folder when it does not exist yet', () => {
    const opened = openDatabase({ file: join(dir, 'nested', 'folder', 'relance.db'), migrationsFolder });
    opened.close();
    expect(opened.isNew).toBe(true);
  });

  it('deletes tags with their contact, since foreign keys are on', () => {
    const opened = openDatabase({ file: join(dir, 'relance.db'), migrationsFolder });
    try {
      opened.sqlite.prepare("INSERT INTO contacts (id, created_at, updated_at) VALUES ('c1', 0, 0)").run();
      opened.sqlite.prepare("INSERT INTO contact_tags (contact_id, tag) VALUES ('c1', 'vip')").run();
      opened.sqlite.prepare("DELETE FROM contacts WHERE id = 'c1'").run();
      expect(opened.sqlite.prepare('SELECT count(*) AS n FROM contact_tags').get()).toEqual({ n: 0 });
      expect(() => opened.sqlite.prepare("INSERT INTO contact_tags (contact_id, tag) VALUES ('nobody', 'x')").run()).toThrow(/FOREIGN KEY/);
    } finally {
      opened.close();
    }
  });
});
