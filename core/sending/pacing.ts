import type { MailboxConfig } from '../../api';
import type { Db } from '../../db/open-database';
import { statement } from './statements';

type Sqlite = Db['$client'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type PacingRule = Pick<MailboxConfig, 'minIntervalSeconds' | 'hourlyCap' | 'dailyCap'>;

// The earliest time the next message may start, from the attempts already made (the sent log in
// the outbox, so it survives restarts): a rolling 24 h cap, an hourly cap, and a minimum interval
// with jitter. After a sleep, overdue messages are spread by the same limits, never burst.
// `minIntervalSeconds: 0` means no wait and no jitter (a local relay); a cap of 0, no cap.
export const nextSendAt = (sqlite: Sqlite, rule: PacingRule, now: number, random: () => number = Math.random): number => {
  let earliest = now;
  // The cap-th latest attempt in the window, read from the index: the window frees when it leaves.
  const nthLatest = (since: number, cap: number): number | undefined =>
    statement(sqlite, 'SELECT attempted_at FROM outbox WHERE attempted_at > ? ORDER BY attempted_at DESC LIMIT 1 OFFSET ?').pluck().get(since, cap - 1) as number | undefined;
  if (rule.dailyCap > 0) {
    const at = nthLatest(now - DAY, rule.dailyCap);
    if (at !== undefined) earliest = Math.max(earliest, at + DAY);
  }
  if (rule.hourlyCap > 0) {
    const at = nthLatest(now - HOUR, rule.hourlyCap);
    if (at !== undefined) earliest = Math.max(earliest, at + HOUR);
  }
  if (rule.minIntervalSeconds > 0) {
    const last = statement(sqlite, 'SELECT max(attempted_at) FROM outbox').pluck().get() as number | null;
    // Up to half the interval again, so the gaps look like a person's, not a metronome's.
    if (last !== null) earliest = Math.max(earliest, last + rule.minIntervalSeconds * 1000 * (1 + 0.5 * random()));
  }
  return earliest;
};
