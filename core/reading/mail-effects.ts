import type { Db } from '../../db/open-database';
import { normaliseEmail } from '../contacts/email';
import { timeOrderedId } from '../ids';
import { suppressionHash } from '../respect/suppression-hash';
import { recordAudit } from '../respect/audit-log';
import { recordMailboxOptOut } from '../respect/mailbox-opt-out';

type Sqlite = Db['$client'];

// What reading the mailbox writes: timeline events (source `mailbox`), the suppression list,
// unsubscribes and the state of a message a report says did not arrive. Each call runs inside
// the caller's transaction.

export type SentRow = { id: string; contactId: string; messageId: string; state: string; sentAt: number | null; attemptedAt: number | null };

const SENT_COLUMNS = 'id, contact_id AS contactId, message_id AS messageId, state, sent_at AS sentAt, attempted_at AS attemptedAt';

// The message Relance sent that a reply or report points at (In-Reply-To, References, the
// attached original).
// The outbox keeps Message-IDs as written in the header, with their angle brackets.
export const sentByReference = (sqlite: Sqlite, references: readonly string[]): SentRow | null => {
  const byId = sqlite.prepare(`SELECT ${SENT_COLUMNS} FROM outbox WHERE message_id = ?`);
  for (const reference of references) {
    const bare = reference.replace(/^<|>$/g, '').trim();
    const row = bare === '' ? undefined : (byId.get(`<${bare}>`) as SentRow | undefined);
    if (row) return row;
  }
  return null;
};

// The last message Relance sent to this contact before `at`, if any.
export const lastSentTo = (sqlite: Sqlite, contactId: string, at: number): SentRow | null =>
  (sqlite
    .prepare(`SELECT ${SENT_COLUMNS} FROM outbox WHERE contact_id = ? AND message_id IS NOT NULL AND state IN ('sent', 'unknown')
      AND coalesce(sent_at, attempted_at) <= ? ORDER BY coalesce(sent_at, attempted_at) DESC LIMIT 1`)
    .get(contactId, at) as SentRow | undefined) ?? null;

export const emailKeyOf = (address: string | null): string | null => {
  if (!address) return null;
  const verdict = normaliseEmail(address);
  return verdict.ok ? verdict.key : null;
};

export const contactByAddress = (sqlite: Sqlite, address: string | null): string | null => {
  const key = emailKeyOf(address);
  if (!key) return null;
  return (sqlite.prepare('SELECT id FROM contacts WHERE email_key = ? ORDER BY created_at LIMIT 1').pluck().get(key) as string | undefined) ?? null;
};

const contactEmailKey = (sqlite: Sqlite, contactId: string): string | null =>
  (sqlite.prepare('SELECT email_key FROM contacts WHERE id = ?').pluck().get(contactId) as string | null | undefined) ?? null;

export const addEvent = (sqlite: Sqlite, event: { contactId: string; type: string; at: number; reference: string | null; note: string; status?: string | null }, now: number): string => {
  const id = timeOrderedId();
  sqlite
    .prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, status, note, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'mailbox', ?)`)
    .run(id, event.contactId, event.type, event.at, event.reference, event.status ?? null, event.note, now);
  return id;
};

export type SuppressReason = 'unsubscribed' | 'bounced' | 'complained';

// By hash of the address, so it outlives the contact and a re-import cannot bring them back. A
// new suppression goes in the privacy log, with the contact's id when it is known.
export const suppressHash = (sqlite: Sqlite, hash: string, reason: SuppressReason, now: number, contactId: string | null = null): void => {
  const isNew = sqlite.prepare('INSERT INTO suppressions (hash, reason, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING').run(hash, reason, now).changes === 1;
  if (isNew) recordAudit(sqlite, { action: 'suppress', origin: 'mailbox', contactId, detail: `${reason} (read from the mailbox)` }, now);
};

export const suppressContact = (sqlite: Sqlite, contactId: string, reason: SuppressReason, now: number): void => {
  const key = contactEmailKey(sqlite, contactId);
  if (key) suppressHash(sqlite, suppressionHash(key), reason, now, contactId);
  if (reason === 'bounced') return;
  const isNew = sqlite.prepare('UPDATE contacts SET unsubscribed_at = ?, updated_at = ? WHERE id = ? AND unsubscribed_at IS NULL').run(now, now, contactId).changes === 1;
  if (isNew) recordMailboxOptOut(sqlite, contactId, reason, now);
};

// A report says the message never arrived: it is failed, with the server's words.
export const failSent = (sqlite: Sqlite, row: SentRow, why: string, status: string | null, diagnostic: string | null, now: number): void => {
  sqlite
    .prepare(`UPDATE outbox SET state = 'failed', reason = reason || '; ' || ?, enhanced_code = coalesce(?, enhanced_code),
      smtp_response = coalesce(?, smtp_response), updated_at = ? WHERE id = ? AND state IN ('sent', 'unknown')`)
    .run(why, status, diagnostic, now, row.id);
};

export const confirmSent = (sqlite: Sqlite, row: SentRow, why: string, now: number): boolean => {
  const at = row.attemptedAt ?? now;
  const changed = sqlite
    .prepare(`UPDATE outbox SET state = 'sent', sent_at = ?, reason = reason || '; ' || ?, next_attempt_at = NULL, updated_at = ? WHERE id = ? AND state = 'unknown'`)
    .run(at, why, now, row.id).changes === 1;
  if (changed) {
    sqlite
      .prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, note, source, created_at) VALUES (?, ?, 'message_sent', ?, ?, ?, 'outbox', ?)`)
      .run(timeOrderedId(), row.contactId, at, row.messageId, `Message sent (${why})`, now);
  }
  return changed;
};
