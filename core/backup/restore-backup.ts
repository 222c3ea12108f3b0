import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { databaseFile } from '../../db/data-dir';
import { makePrivateFolder, PRIVATE_FILE } from '../../db/private-files';
import { backupFileName, backupsDir, baseNameOf, stampOf } from './backup-names';
import type { Carried } from './carry-over';
import { finishRestoredFile, prepareRestoredFile } from './restored-file';
import { writeBackup, type Progress } from './write-backup';

export type RestoreOptions = {
  dataDir: string;
  isDemo?: boolean;
  // The file to restore, and the name to say in messages (a staged upload has a random path).
  source: string;
  shownName?: string;
  migrationsFolder: string;
  now: Date;
  // The running core's connection: the restored pages are copied into it, so every part of
  // the app keeps its handle and reads the restored data. Absent (the CLI, a database that
  // failed to open), the file is replaced on disk.
  live?: Database.Database;
  onProgress?: Progress;
};

// carried: the sends and stops of the replaced database brought into the restored one; null when
// it could not be read (damaged), and so nothing of what it did after the backup was carried over.
export type RestoreResult = { restoredFrom: string; keptAs: string | null; held: number; migrated: number; carried: Carried | null };

// Restores a backup (C9): checks it (a Relance database, not from a newer version, not damaged),
// brings a copy up to date, keeps the current database in backups/ as `pre-restore`, carries
// into the copy what the current one sent and who in it said stop, then puts the copy in place. Nothing changes until the chosen file has passed every check.
export const restoreBackup = async (options: RestoreOptions): Promise<RestoreResult> => {
  const { dataDir, isDemo = false, source, migrationsFolder, now, live, onProgress } = options;
  const shownName = options.shownName ?? source;
  const file = databaseFile(dataDir, isDemo);
  const dir = backupsDir(dataDir);
  makePrivateFolder(dir);
  const work = join(dataDir, `.${baseNameOf(isDemo)}-restoring-${stampOf(now)}.db`);
  try {
    copyFileSync(source, work);
    chmodSync(work, PRIVATE_FILE);
    const pageSize = live ? (live.pragma('page_size', { simple: true }) as number) : null;
    const { migrated } = prepareRestoredFile(work, shownName, migrationsFolder, now);
    const keptAs = await keepCurrent(file, join(dir, backupFileName(baseNameOf(isDemo), 'pre-restore', now)), live);
    // Read from the kept copy: the database being replaced, as it was a moment ago.
    const { held, carried } = finishRestoredFile(work, keptAs, live ? 'ui' : 'cli', now, pageSize);
    if (live) {
      const restored = new Database(work, { fileMustExist: true });
      try {
        await restored.backup(file, {
          progress: ({ totalPages, remainingPages }) => {
            onProgress?.(totalPages - remainingPages, totalPages);
            // Everything in one more step: the live database is never left half restored.
            return totalPages;
          },
        });
      } finally {
        restored.close();
      }
    } else {
      for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
      renameSync(work, file);
    }
    return { restoredFrom: shownName, keptAs, held, migrated, carried };
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  }
};

// The database as it is now goes to backups/ first. A file SQLite cannot copy (damaged: the
// reason for restoring, often) is kept byte for byte instead, with its write-ahead log.
const keepCurrent = async (file: string, dest: string, live: Database.Database | undefined): Promise<string | null> => {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  try {
    if (live) return (await writeBackup(live, dest)).file;
    const current = new Database(file, { fileMustExist: true });
    try {
      return (await writeBackup(current, dest)).file;
    } finally {
      current.close();
    }
  } catch {
    copyFileSync(file, dest);
    chmodSync(dest, PRIVATE_FILE);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${dest}-wal`);
    return dest;
  }
};
