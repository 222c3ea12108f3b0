import type Database from 'better-sqlite3';
import { writeTransactionOn } from '../../db/open-database';

export const RESTORED_REASON = 'on hold: restored from a backup, check before sending';

// A restored backup must never send a campaign twice (C9). A message that was queued, being sent,
// waiting for a retry or for a paused mailbox in the backup may have gone after the backup was
// made: like a message whose connection broke, its delivery is unknown, so it waits for the owner
// ("I checked, send it again" or "Drop it") and keeps its Message-ID. Leases of the processes
// that held them when the backup was made mean nothing now.
export const holdRestoredMessages = (sqlite: Database.Database, now: number): number =>
  writeTransactionOn(sqlite, () => {
    sqlite.prepare('DELETE FROM leases').run();
    return sqlite
      .prepare(`UPDATE outbox SET state = 'unknown', next_attempt_at = NULL, updated_at = ?,
        reason = CASE WHEN reason = '' THEN ? ELSE reason || '; ' || ? END
        WHERE state IN ('queued', 'sending', 'deferred', 'paused')`)
      .run(now, RESTORED_REASON, RESTORED_REASON).changes;
  });
