import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { RestoreProblem } from '../../api';
import { fileStateOf } from '../../db/check-file';
import { runMigrations } from '../../db/run-migrations';
import { upgradeEmailKeys } from '../contacts/upgrade-email-keys';
import { DomainError } from '../errors';
import type { AuditOrigin } from '../respect/audit-log';
import { carryOver, type Carried } from './carry-over';
import { holdRestoredMessages } from './hold-restored';
import type { LeaseRow } from './restore-leases';
import { integrityProblem } from './write-backup';

// Present in every Relance database since the first version.
const EXPECTED_TABLES = ['contacts', 'settings', '__drizzle_migrations'];

const refuse = (problem: RestoreProblem, message: string, params: Record<string, string> = {}): DomainError =>
  new DomainError('VALIDATION', message, [{ path: 'file', message, rule: `backup.${problem}`, params }]);

const tablesOf = (sqlite: Database.Database): Set<string> =>
  new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);

export type Prepared = { migrated: number };

// Turns a copy of the file to restore (`work`, ours to change) into a database this version can
// open, or refuses it with one sentence: not a Relance database, from a newer version, damaged.
// Then it is brought up to date; finishRestoredFile does the rest.
export const prepareRestoredFile = (work: string, shownName: string, migrationsFolder: string, now: Date): Prepared => {
  const name = basename(shownName);
  try {
    return prepare(work, name, migrationsFolder, now);
  } catch (error) {
    // SQLite's word for a damaged file is about the chosen file here, never the open database.
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown }).code ?? ''))) throw damaged(name);
    throw error;
  }
};

const damaged = (name: string): DomainError =>
  refuse('damaged', `${name} is damaged and cannot be restored; nothing was changed. Choose another backup.`, { file: name });

const prepare = (work: string, name: string, migrationsFolder: string, now: Date): Prepared => {
  const notRelance = () => refuse('not-relance', `${name} is not a Relance database; nothing was changed.`, { file: name });
  if (fileStateOf(work) !== 'database') throw notRelance();
  let sqlite: Database.Database;
  try {
    sqlite = new Database(work, { fileMustExist: true });
  } catch {
    throw notRelance();
  }
  try {
    let tables: Set<string>;
    try {
      sqlite.pragma('journal_mode = DELETE');
      tables = tablesOf(sqlite);
    } catch {
      throw damaged(name);
    }
    if (!EXPECTED_TABLES.every((table) => tables.has(table))) throw notRelance();
    if (integrityProblem(sqlite)) throw damaged(name);
    const known = readMigrationFiles({ migrationsFolder });
    const newestKnown = known.at(-1)?.folderMillis ?? 0;
    const applied = sqlite.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at').pluck().all() as number[];
    if ((applied.at(-1) ?? 0) > newestKnown) {
      throw refuse('newer', `${name} was made by a newer version of Relance (${applied.length} updates, this version knows ${known.length}); nothing was changed. Update Relance first.`, {
        file: name, has: String(applied.length), knows: String(known.length),
      });
    }
    const report = runMigrations(sqlite, work, migrationsFolder, now);
    // The file the owner chose is the copy from before the update: this one is not needed.
    if (report.backupFile) rmSync(report.backupFile, { force: true });
    upgradeEmailKeys(sqlite, now.getTime());
    return { migrated: report.applied };
  } finally {
    if (sqlite.open) sqlite.close();
  }
};

export type Finished = { held: number; carried: Carried | null };

export type FinishOptions = {
  // The current database as kept (null when there was none), read for what to carry over.
  replaced: string | null;
  origin: AuditOrigin;
  now: Date;
  pageSize: number | null;
  migrationsFolder: string;
  // Who holds a lease on the live database now: they go on holding it in the restored file.
  leases: LeaseRow[];
};

// Once the current database is kept: what it sent and who in it said stop is carried into the
// copy, every message that may have gone since the backup waits for the owner, and its page size
// is made the live database's (SQLite can only copy a backup into a WAL database page for page).
// The VACUUM also drops the pages an erasure freed.
export const finishRestoredFile = (work: string, options: FinishOptions): Finished => {
  const { replaced, origin, now, pageSize, migrationsFolder, leases } = options;
  const sqlite = new Database(work, { fileMustExist: true });
  try {
    const carried = carryOver(sqlite, replaced, origin, now.getTime(), migrationsFolder);
    const held = holdRestoredMessages(sqlite, now.getTime(), leases);
    if (pageSize !== null && sqlite.pragma('page_size', { simple: true }) !== pageSize) {
      sqlite.pragma(`page_size = ${pageSize}`);
      sqlite.exec('VACUUM');
    }
    return { held, carried };
  } finally {
    sqlite.close();
  }
};
