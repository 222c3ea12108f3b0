import type { CoreContext } from '../context';
import { isBackupBusy, withBackupLock } from './backup-lock';
import { takeDailyBackupIfDue } from './daily-backups';
import { holdHostLease, releaseHostLease } from './host-presence';

// Once a minute is often enough to renew the host lease (its term is two minutes) and cheap
// enough to ask whether a day has passed since the last backup (a look at one folder).
const EVERY_MS = 60_000;

export type BackupTimer = { start: () => void; stop: () => void; runOnce: () => Promise<string | null> };

// What an open host does for backups: say it is running, and take the daily backup when it is
// due (at start when the newest is older than a day, then once a day), never two at once.
export const createBackupTimer = (ctx: Pick<CoreContext, 'db' | 'clock' | 'info'>, holder: string): BackupTimer => {
  let timer: NodeJS.Timeout | null = null;
  const sqlite = ctx.db.$client;

  const runOnce = async (): Promise<string | null> => {
    if (isBackupBusy(sqlite)) return null;
    return withBackupLock(sqlite, () =>
      takeDailyBackupIfDue({ sqlite, dataDir: ctx.info.dataDir, isDemo: ctx.info.isDemo, now: ctx.clock.now(), holder }));
  };

  const tick = () => {
    try {
      holdHostLease(sqlite, holder, ctx.clock.now().getTime());
    } catch (error) {
      console.error('Could not renew the host lease', error);
    }
    // A backup still copying when the host closes its database fails; its partial file is removed
    // (write-backup.ts) and the next start takes it again: only a failure while running is news.
    runOnce().catch((error: unknown) => {
      if (timer !== null && sqlite.open) console.error('Daily backup failed', error);
    });
  };

  return {
    start: () => {
      if (timer) return;
      timer = setInterval(tick, EVERY_MS);
      timer.unref?.();
      tick();
    },
    stop: () => {
      if (timer) clearInterval(timer);
      timer = null;
      if (sqlite.open) releaseHostLease(sqlite);
    },
    runOnce,
  };
};
