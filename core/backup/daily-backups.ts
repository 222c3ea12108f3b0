import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { makePrivateFolder } from '../../db/private-files';
import { acquireLease, releaseLease } from '../sending/lease';
import { DAY_MS } from '../time-units';
import { backupFileName, backupsDir, baseNameOf } from './backup-names';
import { listBackups } from './list-backups';
import { writeBackup } from './write-backup';

export const DAILY_KEPT = 7;
// One process at a time takes the daily backup, whichever hosts have the database open.
export const BACKUP_LEASE = 'backup';

type Daily = { sqlite: Database.Database; dataDir: string; isDemo: boolean; now: Date; holder: string };

// Due when no backup the owner can fall back on (a daily one or one taken by hand) is younger than a day.
export const isDailyBackupDue = (dataDir: string, isDemo: boolean, now: Date): boolean => {
  const newest = listBackups(dataDir, { isDemo }).find((b) => b.kind === 'daily' || b.kind === 'manual');
  return !newest || now.getTime() - newest.at.getTime() >= DAY_MS;
};

// Keeps the newest DAILY_KEPT daily backups; the owner's own, pre-restore and pre-update copies stay.
export const pruneDailyBackups = (dataDir: string, isDemo: boolean): string[] => {
  const old = listBackups(dataDir, { isDemo }).filter((b) => b.kind === 'daily').slice(DAILY_KEPT);
  for (const backup of old) rmSync(backup.path, { force: true });
  return old.map((b) => b.name);
};

// The open app's daily backup: under the backup lease, checked again once it is held (another
// process may just have taken one), then the old ones go. Null when none was due or another
// process is taking it.
export const takeDailyBackupIfDue = async ({ sqlite, dataDir, isDemo, now, holder }: Daily): Promise<string | null> => {
  if (!isDailyBackupDue(dataDir, isDemo, now)) return null;
  const lease = acquireLease(sqlite, { name: BACKUP_LEASE, holder, now: now.getTime() });
  if (!lease.ok) return null;
  try {
    if (!isDailyBackupDue(dataDir, isDemo, now)) return null;
    makePrivateFolder(backupsDir(dataDir));
    const { file } = await writeBackup(sqlite, join(backupsDir(dataDir), backupFileName(baseNameOf(isDemo), 'daily', now)));
    pruneDailyBackups(dataDir, isDemo);
    return file;
  } finally {
    releaseLease(sqlite, { name: BACKUP_LEASE });
  }
};
