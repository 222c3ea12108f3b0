import { copyFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseNewerError, MigrationIntegrityError } from './errors';
import { makePrivateFile, makePrivateFolder } from './private-files';

export type MigrationReport = {
  applied: number;
  backupFile: string | null;
};

type AppliedRow = { created_at: number };
type ForeignKeyViolation = { table: string; rowid: number | null; parent: string; fkid: number };

const appliedMigrations = (sqlite: Database.Database): AppliedRow[] => {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return [];
  return sqlite.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at').all() as AppliedRow[];
};

const backupName = (file: string, at: Date, version: number): string => {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), 'backups', `${basename(file, '.db')}-v${version}-${stamp}.db`);
};

const quote = (path: string): string => `'${path.replaceAll("'", "''")}'`;

// Applies pending migrations the way docs/data.md (Migrations) asks: refuse a newer
// database, back up an existing one first, migrate with foreign keys off (drizzle's single
// transaction makes the generated PRAGMA a no-op), then prove the links still hold.
export const runMigrations = (
  sqlite: Database.Database,
  file: string,
  migrationsFolder: string,
  now: Date = new Date(),
): MigrationReport => {
  const known = readMigrationFiles({ migrationsFolder });
  const newestKnown = known.at(-1)?.folderMillis ?? 0;
  const applied = appliedMigrations(sqlite);
  const newestApplied = applied.at(-1)?.created_at ?? 0;

  if (newestApplied > newestKnown) {
    throw new DatabaseNewerError(
      `The database ${file} was written by a newer version of Relance (it has ${applied.length} migrations, ` +
        `this version knows ${known.length}). Update Relance, or open another data folder with --data-dir.`,
    );
  }
  const pending = known.filter((m) => m.folderMillis > newestApplied);
  if (pending.length === 0) return { applied: 0, backupFile: null };

  let backupFile: string | null = null;
  if (applied.length > 0 && file !== ':memory:') {
    backupFile = backupName(file, now, applied.length);
    makePrivateFolder(dirname(backupFile));
    sqlite.exec(`VACUUM INTO ${quote(backupFile)}`);
    makePrivateFile(backupFile);
  }

  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle({ client: sqlite }), { migrationsFolder });
    const violations = sqlite.pragma('foreign_key_check') as ForeignKeyViolation[];
    if (violations.length > 0) {
      const first = violations[0]!;
      throw new MigrationIntegrityError(
        `Updating the database ${file} broke ${violations.length} link(s), first in table "${first.table}" ` +
          `(row ${first.rowid}) pointing to missing "${first.parent}". ` +
          (backupFile ? `Your data was restored from ${backupFile}. ` : '') +
          'Please report this problem; keep the backup file.',
      );
    }
  } catch (error) {
    if (backupFile) restoreBackup(sqlite, file, backupFile);
    throw error;
  } finally {
    if (sqlite.open) sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending.length, backupFile };
};

const restoreBackup = (sqlite: Database.Database, file: string, backupFile: string): void => {
  sqlite.close();
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  copyFileSync(backupFile, file);
};
