import type { EraseResult } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { originOf, recordAudit, type AuditOrigin } from './audit-log';
import { personKeys, type PersonKeys } from './person-rows';
import { suppress } from './suppression-list';

type Sqlite = CoreContext['db']['$client'];

// What goes, table by table. The contact row goes last: the others are found by its id.
const DELETES: [kind: string, sql: string, params: (keys: PersonKeys) => unknown[]][] = [
  ['tags', 'DELETE FROM contact_tags WHERE contact_id = ?', (k) => [k.id]],
  ['events', 'DELETE FROM contact_events WHERE contact_id = ?', (k) => [k.id]],
  ['messages', 'DELETE FROM outbox WHERE contact_id = ?', (k) => [k.id]],
  ['consentChanges', 'DELETE FROM consent_changes WHERE contact_id = ?', (k) => [k.id]],
  // Their values before and after each import: the import history keeps nothing of them.
  ['importChanges', 'DELETE FROM import_changes WHERE contact_id = ?', (k) => [k.id]],
  // Their values before each bulk edit (a basis, a kind, a tag): undo then simply skips them.
  ['bulkEditChanges', 'DELETE FROM bulk_edit_changes WHERE contact_id = ?', (k) => [k.id]],
  ['unsubscribeTokens', 'DELETE FROM unsubscribe_tokens WHERE contact_id = ? OR email_hash = ?', (k) => [k.id, k.emailHash]],
  ['deliveryFailures', 'DELETE FROM delivery_failures WHERE email_hash = ?', (k) => [k.emailHash]],
  ['contact', 'DELETE FROM contacts WHERE id = ?', (k) => [k.id]],
];

const detailOf = (removed: Record<string, number>): string =>
  Object.entries(removed)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');

// Erasure (C9, the right to be forgotten): everything about the person goes, their address and
// number stay on the suppression list as hashes (reason `erased`) so no import brings them back,
// and the audit log says it happened, with ids only.
//
// Deleted rows must not stay readable in the file either: the connection overwrites deleted
// content (secure_delete, db/connection.ts), the search index is merged so its old segments,
// which still hold the person's words, are freed (and so zeroed), and the write-ahead log is
// checkpointed and emptied, since it keeps earlier copies of the pages.
export const eraseContact = (ctx: Pick<CoreContext, 'db' | 'clock' | 'info' | 'events'>, { id }: { id: string }): EraseResult => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  const result = writeTransactionOn(sqlite, () => erasePerson(sqlite, id, originOf(ctx.info.host), now));
  checkpoint(sqlite);
  ctx.events.emit({ type: 'contacts.changed', ids: [id] });
  return result;
};

// The erasure itself, inside the caller's write transaction; a restore erases again with it
// whoever was erased after the backup was made (core/backup/carry-over.ts).
export const erasePerson = (sqlite: Sqlite, id: string, origin: AuditOrigin, now: number): EraseResult => {
  const keys = personKeys(sqlite, id);
  const removed: Record<string, number> = {};
  for (const [kind, sql, params] of DELETES) removed[kind] = sqlite.prepare(sql).run(...params(keys)).changes;
  suppress(sqlite, { emailKey: keys.emailKey, phone: keys.phone }, 'erased', now);
  // A contentless index keeps deleted entries until its segments merge: 'optimize' merges them all.
  sqlite.prepare("INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')").run();
  recordAudit(sqlite, { action: 'erase', origin, contactId: id, detail: detailOf(removed) }, now);
  const suppressed = [...(keys.emailKey ? ['email' as const] : []), ...(keys.phone ? ['phone' as const] : [])];
  return { id, removed, suppressed };
};

// Copies the log into the file and empties it. A reader still open elsewhere can keep part of
// it for a while; the next checkpoint finishes the work.
const checkpoint = (sqlite: Sqlite): void => {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
};
