import type { MailboxConfig } from '../../api';
import type { Db } from '../../db/open-database';

type Sqlite = Db['$client'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type PacingRule = Pick<MailboxConfig, 'minIntervalSeconds' | 'hourlyCap' | 'dailyCap'>;

// The earliest time the next message may start, from the attempts already made (the sent log in
// the outbox, so it survives restarts): a rolling 24 h cap, an hourly cap, and a minimum interval
// with jitter. After a sleep, overdue messages are spread by the same limits, never burst.
// `minIntervalSeconds: 0` means no wait and no jitter (a local relay); a cap of 0, no cap.
export const nextSendAt = (sqlite: Sqlite, rule: PacingRule, now: number, random: () => number = Math.random): number => {
  const times = sqlite
    .prepare('SELECT attempted_at FROM outbox WHERE attempted_at > ? ORDER BY attempted_at DESC')
    .pluck()
    .all(now - DAY) as number[];
  let earliest = now;
  if (rule.dailyCap > 0 && times.length >= rule.dailyCap) earliest = Math.max(earliest, times[rule.dailyCap - 1]! + DAY);
  const lastHour = times.filter((t) => t > now - HOUR);
  if (rule.hourlyCap > 0 && lastHour.length >= rule.hourlyCap) earliest = Math.max(earliest, lastHour[rule.hourlyCap - 1]! + HOUR);
  if (rule.minIntervalSeconds > 0 && times.length > 0) {
    // Up to half the interval again, so the gaps look like a person's, not a metronome's.
    const gap = rule.minIntervalSeconds * 1000 * (1 + 0.5 * random());
    earliest = Math.max(earliest, times[0]! + gap);
  }
  return earliest;
};
