import { createHash } from 'node:crypto';
import type { Db } from '../../db/open-database';
import { suppressionHash } from './suppression-hash';

type Sqlite = Db['$client'];
export type SuppressReason = 'unsubscribed' | 'bounced' | 'complained' | 'erased';

// A phone number is hashed in its own namespace, so a number can never match an address.
export const phoneSuppressionHash = (e164: string): string => createHash('sha256').update(`tel:${e164}`).digest('hex');

// What identifies a person on the suppression list: their normalised address and their number.
export type Reachable = { emailKey: string | null; phone: string | null };

const hashesOf = (who: Reachable): { hash: string; channel: 'email' | 'phone' }[] => [
  ...(who.emailKey ? [{ hash: suppressionHash(who.emailKey), channel: 'email' as const }] : []),
  ...(who.phone ? [{ hash: phoneSuppressionHash(who.phone), channel: 'phone' as const }] : []),
];

// Puts the address and the number on the list. A reason already recorded stays, except that an
// erasure always wins: an erased person's rows are skipped by later imports.
export const suppress = (sqlite: Sqlite, who: Reachable, reason: SuppressReason, now: number): void => {
  const insert = sqlite.prepare(
    `INSERT INTO suppressions (hash, reason, channel, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (hash) DO UPDATE SET reason = excluded.reason WHERE excluded.reason = 'erased'`,
  );
  for (const { hash, channel } of hashesOf(who)) insert.run(hash, reason, channel, now);
};

// Why this address or number is on the list (the first found), or null.
export const suppressionOf = (sqlite: Sqlite, who: Reachable): SuppressReason | null => {
  const read = sqlite.prepare('SELECT reason FROM suppressions WHERE hash = ?').pluck();
  for (const { hash } of hashesOf(who)) {
    const reason = read.get(hash) as SuppressReason | undefined;
    if (reason) return reason;
  }
  return null;
};

// Since when this address or number is on the list (the latest entry), or null.
export const suppressedSince = (sqlite: Sqlite, who: Reachable): number | null => {
  const read = sqlite.prepare('SELECT created_at FROM suppressions WHERE hash = ?').pluck();
  const times = hashesOf(who).map(({ hash }) => read.get(hash) as number | undefined).filter((at): at is number => at !== undefined);
  return times.length > 0 ? Math.max(...times) : null;
};

// Takes the address and the number off the list; only a new consent with its evidence does (C9).
export const unsuppress = (sqlite: Sqlite, who: Reachable): number => {
  const remove = sqlite.prepare('DELETE FROM suppressions WHERE hash = ?');
  return hashesOf(who).reduce((removed, { hash }) => removed + remove.run(hash).changes, 0);
};
