import type { Db } from '../../db/open-database';
import { timeOrderedId } from '../ids';
import type { FailedRecipient } from '../mail/classify/classified';
import { DAY_MS } from '../time-units';
import { suppressHash } from './mail-effects';

type Sqlite = Db['$client'];

// Refusals that blame the sender, not the address (spam filters, policy, reputation, the
// sending server's own setup): they never count against the contact, and tell the owner the
// sending setup needs a look (fixtures/mail/README.md).
const SENDER_SIDE = new Set([
  'blocked', 'spamdetected', 'policyviolation', 'authfailure', 'requireptr', 'securityerror', 'badreputation',
  'notcompliantrfc', 'norelaying', 'rejected', 'toomanyconn', 'speeding', 'virusdetected', 'contenterror', 'filtered',
]);

// An address is given up after this many temporary failures spread over at least this long,
// within the window: one full mailbox is a bad day, three over a week is an abandoned one.
const SUPPRESS_AFTER = 3;
const SPREAD_MS = 3 * DAY_MS;
const WINDOW_MS = 60 * DAY_MS;

export const isSenderSide = (reason: string): boolean => SENDER_SIDE.has(reason);

export type TemporaryVerdict = { isSenderSide: boolean; isSuppressed: boolean; count: number };

export const countTemporaryFailure = (sqlite: Sqlite, hash: string, recipient: FailedRecipient, at: number, now: number): TemporaryVerdict => {
  const senderSide = isSenderSide(recipient.reason);
  sqlite
    .prepare('INSERT INTO delivery_failures (id, email_hash, reason, status, is_sender_side, occurred_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(timeOrderedId(), hash, recipient.reason, recipient.status, senderSide ? 1 : 0, at);
  if (senderSide) return { isSenderSide: true, isSuppressed: false, count: 0 };
  const seen = sqlite
    .prepare('SELECT count(*) AS count, min(occurred_at) AS first, max(occurred_at) AS last FROM delivery_failures WHERE email_hash = ? AND is_sender_side = 0 AND occurred_at >= ?')
    .get(hash, at - WINDOW_MS) as { count: number; first: number; last: number };
  const isSuppressed = seen.count >= SUPPRESS_AFTER && seen.last - seen.first >= SPREAD_MS;
  if (isSuppressed) suppressHash(sqlite, hash, 'bounced', now);
  return { isSenderSide: false, isSuppressed, count: seen.count };
};

// How many refusals in the last 30 days blame the sending setup (shown in Settings).
export const senderSideRefusals = (sqlite: Sqlite, now: number): number =>
  sqlite.prepare('SELECT count(*) FROM delivery_failures WHERE is_sender_side = 1 AND occurred_at >= ?').pluck().get(now - 30 * DAY_MS) as number;
