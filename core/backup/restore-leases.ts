import type Database from 'better-sqlite3';
import { DomainError } from '../errors';
import { isDamage } from '../file-problems/file-problems';
import { acquireLease, READ_LEASE, releaseLease, SEND_LEASE } from '../sending/lease';

type Sqlite = Database.Database;

export type LeaseRow = { name: string; holder: string; pid: number; hostname: string; acquired_at: number; expires_at: number };

// The processes that write what a restore must carry over: the sender (a message that went) and
// the mailbox reader (an unsubscribe, a bounce, a complaint). The restore holds both on the live
// database from before its copy is kept until the restored file is in place, so nothing they
// would write in between is lost, and neither starts on a file about to be replaced.
const WRITERS = [SEND_LEASE, READ_LEASE];

const hasLeases = (sqlite: Sqlite): boolean =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'leases'").get() !== undefined;

// True when the leases are held; false when the live database cannot be read or was found
// damaged (what a restore is for) or predates leases (no sender of this version can run on it unmigrated).
// Refuses, nothing changed, when another live process holds one.
export const holdWriterLeases = (sqlite: Sqlite, now: number): boolean => {
  try {
    // Damage found earlier set the connection read-only (core/storage/database-health.ts): the
    // file is not written again, not even for a lease; no sender or reader runs on it either.
    if (sqlite.pragma('query_only', { simple: true }) === 1) return false;
    if (!hasLeases(sqlite)) return false;
  } catch (error) {
    if (isDamage(error)) return false;
    throw error;
  }
  const taken: string[] = [];
  for (const name of WRITERS) {
    const lease = acquireLease(sqlite, { name, holder: 'restore', now, isTakingOver: false });
    if (!lease.ok) {
      for (const held of taken) releaseLease(sqlite, { name: held });
      const { holder, pid } = lease.heldBy;
      const isSending = name === SEND_LEASE;
      const message = `A ${isSending ? 'send' : 'mail check'} is running on this database (${holder}, process ${pid}): try again when it is done; nothing was changed.`;
      const rule = isSending ? 'backup.sending' : 'backup.reading';
      throw new DomainError('CONFLICT', message, [{ path: 'database', message, rule, params: { holder, pid: String(pid) } }]);
    }
    taken.push(name);
  }
  return true;
};

export const releaseWriterLeases = (sqlite: Sqlite): void => {
  for (const name of WRITERS) releaseLease(sqlite, { name });
};

// Who holds a lease on the live database now (its host, a daily backup, this restore): the
// restored file gets these in place of its own, which are the backup's, from another time.
export const liveLeasesOf = (sqlite: Sqlite | null): LeaseRow[] => {
  if (!sqlite) return [];
  try {
    return hasLeases(sqlite) ? (sqlite.prepare('SELECT * FROM leases').all() as LeaseRow[]) : [];
  } catch (error) {
    if (isDamage(error)) return [];
    throw error;
  }
};
