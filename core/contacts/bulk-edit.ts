import { randomUUID } from 'node:crypto';
import type { BulkChange, BulkEditCount, BulkEditInput, BulkEditSummary } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { DomainError, notFound } from '../errors';
import { originOf, recordAudit } from '../respect/audit-log';
import { cleanText } from '../text/clean-text';
import { beforeJson, changingCondition, targetCondition, type Condition } from './bulk-target';
import { utcDay } from '../time-units';

type Sqlite = CoreContext['db']['$client'];
type Input = { target: BulkEditInput['target']; change: BulkChange };
type EditRow = { id: string; field: BulkEditSummary['field']; value: string; contactCount: number; createdAt: number; undoneAt: number | null };

// The source written on a basis set by a bulk edit: undo recognises its own work by it.
export const BULK_SOURCE = 'set by the owner for a selection';

const and = (...parts: Condition[]): Condition => ({ sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) });

const cleanChange = (change: BulkChange): BulkChange =>
  change.field === 'add-tag' || change.field === 'remove-tag' ? { ...change, value: cleanText(change.value) } : change;

const countWhere = (sqlite: Sqlite, where: Condition): number =>
  (sqlite.prepare(`SELECT count(*) AS n FROM contacts c WHERE ${where.sql}`).get(...where.params) as { n: number }).n;

// For the confirmation: how many people the edit would change, before anything is written.
export const countBulkEdit = (ctx: Pick<CoreContext, 'db'>, input: Input): BulkEditCount => {
  const sqlite = ctx.db.$client;
  const change = cleanChange(input.change);
  const target = targetCondition(input.target);
  const optedOut = change.field === 'consent-basis' ? countWhere(sqlite, and(target, { sql: 'c.unsubscribed_at IS NOT NULL', params: [] })) : 0;
  return { selected: countWhere(sqlite, target), changing: countWhere(sqlite, and(target, changingCondition(change))), optedOut };
};

const toSummary = (row: EditRow): BulkEditSummary => ({
  ...row,
  createdAt: new Date(row.createdAt).toISOString(),
  undoneAt: row.undoneAt === null ? null : new Date(row.undoneAt).toISOString(),
});

const SELECT = `SELECT id, field, value, contact_count AS contactCount, created_at AS createdAt, undone_at AS undoneAt FROM bulk_edits`;

export const getBulkEdit = (sqlite: Sqlite, id: string): BulkEditSummary => {
  const row = sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as EditRow | undefined;
  if (!row) throw notFound('This change');
  return toSummary(row);
};

// The latest changes first; older ones stay in the table (and can be undone by id) but a list of
// the last few is what a person looks through.
export const listBulkEdits = ({ db }: Pick<CoreContext, 'db'>): BulkEditSummary[] =>
  (db.$client.prepare(`${SELECT} ORDER BY created_at DESC, rowid DESC LIMIT 20`).all() as EditRow[]).map(toSummary);

// The change itself, on the contacts listed in bulk_edit_changes for this edit: one statement each.
const applyChange = (sqlite: Sqlite, id: string, change: BulkChange, count: number, origin: ReturnType<typeof originOf>, now: number): void => {
  const changed = 'SELECT contact_id FROM bulk_edit_changes WHERE edit_id = ?';
  if (change.field === 'kind') {
    sqlite.prepare(`UPDATE contacts SET kind = ?, updated_at = ? WHERE id IN (${changed})`).run(change.value, now, id);
  } else if (change.field === 'add-tag') {
    sqlite.prepare(`INSERT OR IGNORE INTO contact_tags (contact_id, tag) SELECT contact_id, ? FROM bulk_edit_changes WHERE edit_id = ?`).run(change.value, id);
    sqlite.prepare(`UPDATE contacts SET updated_at = ? WHERE id IN (${changed})`).run(now, id);
  } else if (change.field === 'remove-tag') {
    sqlite.prepare(`DELETE FROM contact_tags WHERE lower(tag) = lower(?) AND contact_id IN (${changed})`).run(change.value, id);
    sqlite.prepare(`UPDATE contacts SET updated_at = ? WHERE id IN (${changed})`).run(now, id);
  } else {
    sqlite
      .prepare(`UPDATE contacts SET consent_basis = ?, consent_source = ?, consent_at = ?, updated_at = ? WHERE id IN (${changed})`)
      .run(change.value, BULK_SOURCE, now, now, id);
    // The consent history (C9) keeps one row per person, the owner's word as the evidence.
    const evidence = `set by the owner for ${count} contact${count === 1 ? '' : 's'} on ${utcDay(now)}`;
    sqlite
      .prepare(`INSERT INTO consent_changes (id, contact_id, basis, source, evidence, consent_at, origin, import_id, recorded_at)
        SELECT 'bulk:' || edit_id || ':' || contact_id, contact_id, ?, ?, ?, ?, ?, NULL, ? FROM bulk_edit_changes WHERE edit_id = ?`)
      .run(change.value, BULK_SOURCE, evidence, now, origin, now, id);
    recordAudit(sqlite, { action: 'consent', origin, detail: `bulk-edit=${id}; basis=${change.value}; contacts=${count}` }, now);
  }
};

// One edit of many contacts (C2): set a legal basis, add or remove a tag, or set the kind, in one
// write transaction of set-based statements (100k contacts in well under a second). What each
// contact held is kept for undo. An opt-out is never part of it (unsubscribed_at is not touched).
export const bulkEdit = (ctx: CoreContext, input: Input): BulkEditSummary => {
  const sqlite = ctx.db.$client;
  const change = cleanChange(input.change);
  const now = ctx.clock.now().getTime();
  const origin = originOf(ctx.info.host);
  const id = randomUUID();
  const where = and(targetCondition(input.target), changingCondition(change));
  const before = beforeJson(change);
  const count = writeTransactionOn(sqlite, () => {
    sqlite.prepare('INSERT INTO bulk_edits (id, field, value, contact_count, created_at) VALUES (?, ?, ?, 0, ?)').run(id, change.field, change.value, now);
    const n = sqlite
      .prepare(`INSERT INTO bulk_edit_changes (edit_id, contact_id, before) SELECT ?, c.id, ${before.sql} FROM contacts c WHERE ${where.sql}`)
      .run(id, ...before.params, ...where.params).changes;
    if (n === 0) throw new DomainError('CONFLICT', 'Nothing to change: every selected contact already has this value.');
    applyChange(sqlite, id, change, n, origin, now);
    sqlite.prepare('UPDATE bulk_edits SET contact_count = ? WHERE id = ?').run(n, id);
    return n;
  });
  const ids = sqlite.prepare('SELECT contact_id FROM bulk_edit_changes WHERE edit_id = ? LIMIT 1000').pluck().all(id) as string[];
  ctx.events.emit({ type: 'contacts.changed', ids });
  return { ...getBulkEdit(sqlite, id), contactCount: count };
};
