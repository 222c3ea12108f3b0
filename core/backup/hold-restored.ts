import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { writeTransactionOn } from '../../db/open-database';
import * as schema from '../../db/schema';
import { dueMessages } from '../sending/claim';
import { getSettings } from '../settings/settings-store';
import type { LeaseRow } from './restore-leases';

export const RESTORED_REASON = 'on hold: restored from a backup, check before sending';

// A restored backup must never send a campaign twice (C9). A message that was queued, being sent,
// waiting for a retry or for a paused mailbox in the backup may have gone after the backup was
// made: like a message whose connection broke, its delivery is unknown, so it waits for the owner
// ("I checked, send it again" or "Drop it") and keeps its Message-ID. So does every message the
// sender would take now (dueMessages: an approved email whose time has come, a scheduled one of a
// program that sends by itself): due when the backup was made or since, the database that went
// on running could have sent it.
// Leases: the backup's rows say who held one when it was made. That holder has since released it,
// died, or holds it now in the live database, which is the only true list; a stale row copied over
// would block a sender for up to its term, or let it be lost. So the backup's rows go and the live
// ones (`live`: its host, a daily backup, this restore's own) take their place.
export const holdRestoredMessages = (sqlite: Database.Database, now: number, live: LeaseRow[] = []): number => {
  const due = dueMessages(sqlite, getSettings({ db: drizzle({ client: sqlite, schema }) }), now).map((row) => row.id);
  return writeTransactionOn(sqlite, () => {
    sqlite.prepare('DELETE FROM leases').run();
    const insert = sqlite.prepare(`INSERT INTO leases (name, holder, pid, hostname, acquired_at, expires_at)
      VALUES (@name, @holder, @pid, @hostname, @acquired_at, @expires_at)`);
    for (const lease of live) insert.run(lease);
    return sqlite
      .prepare(`UPDATE outbox SET state = 'unknown', next_attempt_at = NULL, updated_at = @now,
        reason = CASE WHEN reason = '' THEN @why ELSE reason || '; ' || @why END
        WHERE state IN ('queued', 'sending', 'deferred', 'paused') OR id IN (SELECT value FROM json_each(@due))`)
      .run({ now, why: RESTORED_REASON, due: JSON.stringify(due) }).changes;
  });
};
