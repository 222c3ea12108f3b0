import { chmodSync, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { databaseFile } from '../../db/data-dir';
import { makePrivateFolder, PRIVATE_FILE } from '../../db/private-files';
import { backupFileName, backupsDir, baseNameOf, stampOf } from './backup-names';
import { DomainError } from '../errors';
import { isDiskFull, isReadOnly } from '../file-problems/file-problems';
import type { Carried } from './carry-over';
import { holdWriterLeases, liveLeasesOf, releaseWriterLeases } from './restore-leases';
import { finishRestoredFile, prepareRestoredFile, type Finished, type FinishOptions } from './restored-file';
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
// into the copy what the current one sent and who in it said stop, then puts the copy in place.
// The sender's and the mail reader's leases are held on the live database throughout (refused
// when another process holds one), so nothing they would write after the copy is kept is lost.
// Nothing changes until the chosen file has passed every check, and a failure before the swap
// leaves the live database as it was.
export const restoreBackup = async (options: RestoreOptions): Promise<RestoreResult> => {
  const { dataDir, isDemo = false, source, migrationsFolder, now, live, onProgress } = options;
  const shownName = options.shownName ?? source;
  const file = databaseFile(dataDir, isDemo);
  const dir = backupsDir(dataDir);
  makePrivateFolder(dir);
  const work = join(dataDir, `.${baseNameOf(isDemo)}-restoring-${stampOf(now)}.db`);
  // The command line's own connection to the live file: the leases are held and the copy kept through it.
  let current = live ?? openCurrent(file);
  let keptAs: string | null = null;
  let isSwapped = false;
  let isLeased = false;
  try {
    isLeased = current ? holdWriterLeases(current, now.getTime()) : false;
    copyFileSync(source, work);
    chmodSync(work, PRIVATE_FILE);
    const pageSize = live ? (live.pragma('page_size', { simple: true }) as number) : null;
    const { migrated } = prepareRestoredFile(work, shownName, migrationsFolder, now);
    keptAs = await keepCurrent(file, join(dir, backupFileName(baseNameOf(isDemo), 'pre-restore', now)), current);
    // Read from the kept copy: the database being replaced, as it was a moment ago.
    const { held, carried } = finish(work, {
      replaced: keptAs, origin: live ? 'ui' : 'cli', now, pageSize, migrationsFolder, leases: liveLeasesOf(current),
    });
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
      swapOnDisk(file, work, current);
      current = null;
    }
    isSwapped = true;
    return { restoredFrom: shownName, keptAs, held, migrated, carried };
  } finally {
    if (isLeased) releaseLeases(current, isSwapped ? file : null);
    if (!live && current?.open) current.close();
    // Nothing was changed: the copy of the live database is not needed.
    if (!isSwapped && keptAs) for (const suffix of ['', '-wal']) rmSync(keptAs + suffix, { force: true });
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  }
};

// Null when there is no database, or one SQLite cannot open (kept byte for byte then).
const openCurrent = (file: string): Database.Database | null => {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  try {
    return new Database(file, { fileMustExist: true });
  } catch {
    return null;
  }
};

// A failure while carrying over or holding stops the restore: the live database is untouched.
// A full disk or a read-only folder is said by the caller, in its words for the folder.
const finish = (work: string, options: FinishOptions): Finished => {
  try {
    return finishRestoredFile(work, options);
  } catch (error) {
    if (error instanceof DomainError || isDiskFull(error) || isReadOnly(error)) throw error;
    const message = 'The restore stopped while bringing over the messages sent and the “stops” recorded since the backup: nothing was changed. Try again.';
    throw new DomainError('INTERNAL', message, [{ path: 'database', message, rule: 'backup.carryFailed', params: {} }]);
  }
};

// The command line replaces the file on disk. Its write-ahead log is emptied into it first (the
// kept copy holds all of it already), then removed: SQLite would replay the old file's log onto
// the new one. The leases stay held on both files throughout: the old one keeps this process's
// rows after its connection closes, the new one got them with the live leases.
const swapOnDisk = (file: string, work: string, current: Database.Database | null): void => {
  if (current) {
    try {
      current.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A damaged file: it was kept byte for byte, with its log.
    }
    current.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  renameSync(work, file);
};

// Through the connection still open, else (the command line, swapped) in the new file. A failure
// here must not hide the restore's own outcome: the rows end with this process, or their term.
const releaseLeases = (current: Database.Database | null, swapped: string | null): void => {
  try {
    if (current?.open) return releaseWriterLeases(current);
    if (swapped === null) return;
    const sqlite = new Database(swapped, { fileMustExist: true });
    try {
      releaseWriterLeases(sqlite);
    } finally {
      sqlite.close();
    }
  } catch {
    // Left as they are: see above.
  }
};

// The database as it is now goes to backups/ first. A file SQLite cannot copy (damaged: the
// reason for restoring, often) is kept byte for byte instead, with its write-ahead log.
const keepCurrent = async (file: string, dest: string, current: Database.Database | null): Promise<string | null> => {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  try {
    if (!current) throw new Error('not a database SQLite can open');
    return (await writeBackup(current, dest)).file;
  } catch {
    copyFileSync(file, dest);
    chmodSync(dest, PRIVATE_FILE);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${dest}-wal`);
    return dest;
  }
};
