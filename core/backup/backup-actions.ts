import { basename, join } from 'node:path';
import type { BackupDto, BackupList, BackupRestoreInput, BackupRestoreResult } from '../../api';
import { defaultMigrationsFolder } from '../../db/data-dir';
import { makePrivateFolder } from '../../db/private-files';
import type { CoreContext } from '../context';
import { DomainError, notFound } from '../errors';
import { stagedFile, unstageFile } from '../imports/staging';
import type { Scheduler } from '../schedule/scheduler';
import { backupFileName, backupsDir, baseNameOf } from './backup-names';
import { withBackupLock } from './backup-lock';
import { DAILY_KEPT } from './daily-backups';
import { fileSystemProblem } from '../file-problems/file-problems';
import { listBackups, type BackupEntry } from './list-backups';
import { restoreBackup } from './restore-backup';
import { writeBackup } from './write-backup';

type Ctx = Pick<CoreContext, 'db' | 'clock' | 'info' | 'events' | 'migrationsFolder'>;

const dto = (backup: BackupEntry): BackupDto => ({ name: backup.name, kind: backup.kind, at: backup.at.toISOString(), size: backup.size });

export const listBackupsOf = (ctx: Ctx): BackupList => ({
  folder: backupsDir(ctx.info.dataDir),
  backups: listBackups(ctx.info.dataDir, { isDemo: ctx.info.isDemo }).map(dto),
  dailyKept: DAILY_KEPT,
});

const progressTo = (ctx: Ctx, phase: 'backup' | 'restore') => (done: number, total: number) =>
  ctx.events.emit({ type: 'backups.progress', phase, done, total });

// "Back up now": a verified copy in the backups folder, kept until the owner deletes it.
export const backUpNow = (ctx: Ctx): Promise<BackupDto> =>
  withBackupLock(ctx.db.$client, async () => {
    const { dataDir, isDemo } = ctx.info;
    const dest = join(backupsDir(dataDir), backupFileName(baseNameOf(isDemo), 'manual', ctx.clock.now()));
    try {
      makePrivateFolder(backupsDir(dataDir));
      await writeBackup(ctx.db.$client, dest, progressTo(ctx, 'backup'));
    } catch (error) {
      throw fileSystemProblem(error, backupsDir(dataDir)) ?? error;
    }
    ctx.events.emit({ type: 'backups.changed', isRestored: false });
    const written = listBackups(dataDir, { isDemo }).find((b) => b.path === dest);
    if (!written) throw notFound('The backup');
    return dto(written);
  });

const sourceOf = (ctx: Ctx, input: BackupRestoreInput): { path: string; fileName: string } => {
  if ('fileId' in input) return stagedFile(ctx.info.dataDir, input.fileId);
  const backup = listBackups(ctx.info.dataDir, { isDemo: ctx.info.isDemo }).find((b) => b.name === input.name);
  if (!backup) throw notFound(`The backup ${input.name}`);
  return { path: backup.path, fileName: backup.name };
};

// Restore while the app is open: sending and reading stop for the time of it, the restored
// pages are copied into the open database, and every window reads everything again.
export const restoreFrom = (ctx: Ctx, scheduler: Scheduler, input: BackupRestoreInput): Promise<BackupRestoreResult> =>
  withBackupLock(ctx.db.$client, async () => {
    const source = sourceOf(ctx, input);
    const wasRunning = scheduler.isRunning();
    await scheduler.stop();
    try {
      const result = await restoreBackup({
        dataDir: ctx.info.dataDir, isDemo: ctx.info.isDemo, source: source.path, shownName: source.fileName,
        migrationsFolder: ctx.migrationsFolder ?? defaultMigrationsFolder(), now: ctx.clock.now(), live: ctx.db.$client,
        onProgress: progressTo(ctx, 'restore'),
      });
      ctx.events.emit({ type: 'backups.changed', isRestored: true });
      ctx.events.emit({ type: 'settings.changed' });
      ctx.events.emit({ type: 'mailbox.changed' });
      return { ...result, keptAs: result.keptAs ? basename(result.keptAs) : null };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw fileSystemProblem(error, ctx.info.dataDir) ?? error;
    } finally {
      if ('fileId' in input) unstageFile(ctx.info.dataDir, input.fileId);
      if (wasRunning) scheduler.start();
    }
  });
