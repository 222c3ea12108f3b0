import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseNewerError, MigrationIntegrityError } from './errors';
import { openDatabase } from './open-database';

const realMigrations = fileURLToPath(new URL('./migrations', import.meta.url));

type JournalEntry = { idx: number; version: string; when: number; tag: string; breakpoints: boolean };
const realJournal = (): { version: string; dialect: string; entries: JournalEntry[] } =>
  JSON.parse(readFileSync(join(realMigrations, 'meta', '_journal.json'), 'utf8'));

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-migrations-'));
  file = join(dir, 'relance.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A migrations folder holding the first `count` real migrations, plus any extra custom ones.
const migrationsFolder = (name: string, count: number, extra: { tag: string; sql: string }[] = []): string => {
  const folder = join(dir, name);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = realJournal();
  const entries = journal.entries.slice(0, count);
  for (const entry of entries) copyFileSync(join(realMigrations, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  for (const migration of extra) {
    const last = entries.at(-1)!;
    entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: migration.tag });
    writeFileSync(join(folder, `${migration.tag}.sql`), migration.sql);
  }
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return folder;
};

const insertContact = (sqlite: Database.Database, id: string, firstName: string): void => {
  sqlite
    .prepare('INSERT INTO contacts (id, first_name, last_name, sort_name, email, email_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)')
    .run(id, firstName, 'Martin', `martin ${firstName.toLowerCase()}`, `${id}@example.com`, `${id}@example.com`);
};

const tableNames = (sqlite: Database.Database): string[] =>
  (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);

const backupsDir = (): string => join(dir, 'backups');

describe('backups before migrating', () => {
  it('copies a database that has only the first migration with VACUUM INTO before bringing it up to date', () => {
    const old = openDatabase({ file, migrationsFolder: migrationsFolder('only-0000', 1) });
    insertContact(old.sqlite, 'c1', 'Léa');
    old.close();

    const current = openDatabase({ file, migrationsFolder: realMigrations });
    try {
      const backupFile = current.migration.backupFile;
      expect(current.isNew).toBe(false);
      expect(current.migration.applied).toBe(realJournal().entries.length - 1);
      expect(backupFile).not.toBeNull();
      expect(backupFile!.startsWith(backupsDir())).toBe(true);
      expect(existsSync(backupFile!)).toBe(true);
      expect(tableNames(current.sqlite)).toContain('contacts_fts');

      const backup = new Database(backupFile!, { readonly: true });
      try {
        expect(backup.prepare('SELECT first_name FROM contacts WHERE id = ?').get('c1')).toEqual({ first_name: 'Léa' });
        expect(tableNames(backup)).not.toContain('contacts_fts');
      } finally {
        backup.close();
      }
    } finally {
      current.close();
    }
  });

  it('indexes contacts saved before the search migration, so they can be found after updating', () => {
    const old = openDatabase({ file, migrationsFolder: migrationsFolder('only-0000', 1) });
    insertContact(old.sqlite, 'c1', 'Héloïse');
    old.close();

    const current = openDatabase({ file, migrationsFolder: realMigrations });
    try {
      const found = current.sqlite.prepare("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '\"heloise\"*'").all();
      expect(found).toHaveLength(1);
    } finally {
      current.close();
    }
  });

  it('indexes again the contacts of a database made before the search index lost its prefix indexes', () => {
    const journal = realJournal();
    const before = journal.entries.findIndex((entry) => entry.tag === '0007_search_without_prefix_indexes');
    const old = openDatabase({ file, migrationsFolder: migrationsFolder('before-0007', before) });
    insertContact(old.sqlite, 'c1', 'Héloïse');
    old.close();

    const current = openDatabase({ file, migrationsFolder: realMigrations });
    try {
      const search = (prefix: string) => current.sqlite.prepare(`SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '"${prefix}"*'`).all();
      expect(search('h')).toHaveLength(1);
      expect(search('heloise')).toHaveLength(1);
      expect(current.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'contacts_fts'").pluck().get()).not.toContain('prefix');
    } finally {
      current.close();
    }
  });

  it('makes no backup of a fresh database', () => {
    const fresh = openDatabase({ file, migrationsFolder: realMigrations });
    fresh.close();
    expect(fresh.isNew).toBe(true);
    expect(fresh.migration).toEqual({ applied: realJournal().entries.length, backupFile: null });
    expect(existsSync(backupsDir())).toBe(false);
  });

  it('makes no backup when re-opening an up-to-date database', () => {
    openDatabase({ file, migrationsFolder: realMigrations }).close();
    const again = openDatabase({ file, migrationsFolder: realMigrations });
    again.close();
    expect(again.isNew).toBe(false);
    expect(again.migration).toEqual({ applied: 0, backupFile: null });
    expect(existsSync(backupsDir())).toBe(false);
  });
});

describe('a database written by a newer Relance', () => {
  it('is refused with DatabaseNewerError asking to update Relance, and left untouched', () => {
    const newer = openDatabase({ file, migrationsFolder: realMigrations });
    insertContact(newer.sqlite, 'c1', 'Léa');
    newer.close();

    const olderApp = migrationsFolder('only-0000', 1);
    let caught: unknown;
    try {
      openDatabase({ file, migrationsFolder: olderApp });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseNewerError);
    expect((caught as Error).message).toMatch(/newer version of Relance/);
    expect((caught as Error).message).toMatch(/Update Relance/);
    expect(existsSync(backupsDir())).toBe(false);

    const reopened = openDatabase({ file, migrationsFolder: realMigrations });
    try {
      expect(reopened.migration.applied).toBe(0);
      expect(reopened.sqlite.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 1 });
    } finally {
      reopened.close();
    }
  });
});

describe('foreign key check after migrating', () => {
  const orphanMigration = {
    tag: '0002_orphan_tag',
    sql: "INSERT INTO `contact_tags` (`contact_id`, `tag`) VALUES ('nobody', 'orphan');",
  };

  it('refuses a migration that leaves a broken link and restores the database from the backup', () => {
    const before = openDatabase({ file, migrationsFolder: realMigrations });
    insertContact(before.sqlite, 'c1', 'Léa');
    before.sqlite.prepare("INSERT INTO contact_tags (contact_id, tag) VALUES ('c1', 'vip')").run();
    before.close();

    const broken = migrationsFolder('with-orphan', realJournal().entries.length, [orphanMigration]);
    let caught: unknown;
    try {
      openDatabase({ file, migrationsFolder: broken });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MigrationIntegrityError);
    expect((caught as Error).message).toContain('"contact_tags"');
    expect((caught as Error).message).toMatch(/restored from/);
    expect(readdirSync(backupsDir())).toHaveLength(1);

    const restored = new Database(file, { readonly: true });
    try {
      expect(restored.prepare('SELECT contact_id, tag FROM contact_tags ORDER BY tag').all()).toEqual([{ contact_id: 'c1', tag: 'vip' }]);
      expect(restored.prepare('SELECT id FROM contacts').all()).toEqual([{ id: 'c1' }]);
      expect(restored.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: realJournal().entries.length });
    } finally {
      restored.close();
    }
  });
});
