import type { CoreContext } from '../context';
import type { FolderInfo, ImapSession } from '../mail/imap-reader';
import { MINUTE_MS } from '../time-units';
import { confirmSent, type SentRow } from './mail-effects';

// An `unknown` message (the connection ended after it was handed over) is looked for in the Sent
// folder by its Message-ID: found, it went; still missing 30 minutes after the attempt, the owner
// is told so and decides (docs/sending.md). Never sent again by itself either way.
const GRACE_MS = 30 * MINUTE_MS;
const NOT_FOUND = 'not found in your Sent folder';

export const confirmUnknown = async (ctx: CoreContext, session: ImapSession, sent: FolderInfo | null): Promise<string[]> => {
  const sqlite = ctx.db.$client;
  const rows = sqlite
    .prepare(`SELECT id, contact_id AS contactId, message_id AS messageId, state, sent_at AS sentAt, attempted_at AS attemptedAt, reason
      FROM outbox WHERE state = 'unknown' AND message_id IS NOT NULL ORDER BY attempted_at`)
    .all() as (SentRow & { reason: string })[];
  if (!sent || rows.length === 0) return [];
  const confirmed: string[] = [];
  for (const row of rows) {
    const isThere = await session.hasMessageId(sent.path, row.messageId.replace(/^<|>$/g, ''));
    const now = ctx.clock.now().getTime();
    if (isThere) {
      if (confirmSent(sqlite, row, 'found in your Sent folder', now)) confirmed.push(row.contactId);
    } else if (now - (row.attemptedAt ?? now) >= GRACE_MS && !row.reason.includes(NOT_FOUND)) {
      sqlite.prepare(`UPDATE outbox SET reason = reason || '; ' || ?, updated_at = ? WHERE id = ? AND state = 'unknown'`).run(NOT_FOUND, now, row.id);
    }
  }
  return confirmed;
};
