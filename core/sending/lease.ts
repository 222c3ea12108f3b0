import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { writeTransactionOn } from '../../db/open-database';
import type { Db } from '../../db/open-database';

type Sqlite = Db['$client'];

// One sender per database (docs/architecture.md). The lease names its holder, process and expiry; the
// holder renews it while it works. A holder whose process is gone from this machine (killed,
// crashed, a zombie) loses it at once: a `kill -9` must not block sending until it expires.
export const SEND_LEASE = 'send';
// One reader of the owner's mailbox per database, like the sender (C7).
export const READ_LEASE = 'read';
export const LEASE_MS = 2 * 60_000;

export type LeaseHolder = { holder: string; pid: number; hostname: string; acquiredAt: number; expiresAt: number };
export type LeaseResult = { ok: true; tookOverFrom: LeaseHolder | null } | { ok: false; heldBy: LeaseHolder };

// Alive: signal 0 reaches it and /proc does not show it as a zombie (state Z), which still
// answers signals but will never send again.
export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // No /proc (macOS, Windows): the signal said it lives.
    return true;
  }
};

// A lease ends when its term runs out or, on this machine, when its process is gone.
const hasEnded = (held: LeaseHolder, now: number, host: string, isAlive: (pid: number) => boolean): boolean =>
  held.expiresAt <= now || (held.hostname === host && !isAlive(held.pid));

const current = (sqlite: Sqlite, name: string): LeaseHolder | null =>
  (sqlite.prepare('SELECT holder, pid, hostname, acquired_at AS acquiredAt, expires_at AS expiresAt FROM leases WHERE name = ?').get(name) as LeaseHolder | undefined) ?? null;

// isTakingOver false: a holder that never sends (a restore keeping senders away) leaves the rows a
// dead sender left in `sending` for the next sender to find.
export type LeaseOptions = { name?: string; holder: string; pid?: number; now: number; isAlive?: (pid: number) => boolean; isTakingOver?: boolean };

// Takes or renews the lease. When it takes it over from a holder that died, the messages that
// holder left in `sending` become `unknown`: they may have gone, so they are never retried blindly.
export const acquireLease = (sqlite: Sqlite, { name = SEND_LEASE, holder, pid = process.pid, now, isAlive = isProcessAlive, isTakingOver = true }: LeaseOptions): LeaseResult => {
  const host = hostname();
  return writeTransactionOn(sqlite, () => {
    const held = current(sqlite, name);
    const isMine = held !== null && held.pid === pid && held.hostname === host;
    const isDead = held !== null && !isMine && hasEnded(held, now, host, isAlive);
    if (held && !isMine && !isDead) return { ok: false, heldBy: held } as const;
    sqlite
      .prepare(`INSERT INTO leases (name, holder, pid, hostname, acquired_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, hostname = excluded.hostname,
          acquired_at = CASE WHEN leases.pid = excluded.pid AND leases.hostname = excluded.hostname THEN leases.acquired_at ELSE excluded.acquired_at END,
          expires_at = excluded.expires_at`)
      .run(name, holder, pid, host, now, now + LEASE_MS);
    if (!isMine && name === SEND_LEASE && isTakingOver) markOrphansUnknown(sqlite, now);
    return { ok: true, tookOverFrom: isMine ? null : held } as const;
  });
};

// Only the lease holder sends, so any `sending` row found by a new holder was left by a process
// that stopped mid-transaction.
export const markOrphansUnknown = (sqlite: Sqlite, now: number): number =>
  sqlite
    .prepare(`UPDATE outbox SET state = 'unknown', next_attempt_at = NULL, updated_at = ?,
      reason = reason || '; the sending process stopped while this message was being sent: it may have arrived' WHERE state = 'sending'`)
    .run(now).changes;

export const releaseLease = (sqlite: Sqlite, { name = SEND_LEASE, pid = process.pid }: { name?: string; pid?: number } = {}): void => {
  writeTransactionOn(sqlite, () => sqlite.prepare('DELETE FROM leases WHERE name = ? AND pid = ? AND hostname = ?').run(name, pid, hostname()));
};

export const leaseHolder = (sqlite: Sqlite, now: number, name = SEND_LEASE): LeaseHolder | null => {
  const held = current(sqlite, name);
  return held && !hasEnded(held, now, hostname(), isProcessAlive) ? held : null;
};
