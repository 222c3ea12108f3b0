import type Database from 'better-sqlite3';
import type { ImportSummary } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { DomainError, notFound } from '../errors';
import type { ContactValues } from './contact-values';
import { CONTACT_VALUE_COLUMNS, contactParams } from './write-batch';

// Writes back every import-managed field of one contact, except that an opt-out recorded since
// stays: undoing an import never brings back someone who unsubscribed.
const setColumn = (column: string): string => {
  if (column === 'unsubscribed_at') return 'unsubscribed_at = coalesce(unsubscribed_at, ?)';
  // Values saved by an older version have no creation date: the contact keeps theirs.
  if (column === 'created_at') return 'created_at = coalesce(?, created_at)';
  return `${column} = ?`;
};
const UPDATE_CONTACT = `UPDATE contacts SET ${CONTACT_VALUE_COLUMNS.map(setColumn).join(', ')}, updated_at = ? WHERE id = ?`;

type ImportRow = {
  id: string; fileName: string; format: string; presetId: string; mode: ImportSummary['mode']; createdAt: number;
  rows: number; created: number; updated: number; skipped: number; rejected: number; erasedSkipped: number; events: number; undoneAt: number | null;
};

const SELECT = `SELECT id, file_name AS fileName, format, preset_id AS presetId, mode, created_at AS createdAt, row_count AS rows,
  created, updated, skipped, rejected, erased_skipped AS erasedSkipped, events, undone_at AS undoneAt FROM imports`;

const toSummary = (row: ImportRow): ImportSummary => ({
  ...row,
  createdAt: new Date(row.createdAt).toISOString(),
  undoneAt: row.undoneAt === null ? null : new Date(row.undoneAt).toISOString(),
});

export const listImports = (sqlite: Database.Database): ImportSummary[] =>
  (sqlite.prepare(`${SELECT} ORDER BY created_at DESC, rowid DESC`).all() as ImportRow[]).map(toSummary);

export const getImport = (sqlite: Database.Database, id: string): ImportSummary => {
  const row = sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as ImportRow | undefined;
  if (!row) throw notFound('This import');
  return toSummary(row);
};

// One click takes a whole import back: its new contacts and events go, changed contacts get
// their previous values and tags again.
export const undoImport = (ctx: Pick<CoreContext, 'db' | 'clock' | 'events'>, id: string): ImportSummary => {
  const sqlite = ctx.db.$client;
  const current = getImport(sqlite, id);
  if (current.undoneAt) throw new DomainError('CONFLICT', `This import was already undone on ${current.undoneAt.slice(0, 10)}.`);
  const changes = sqlite.prepare('SELECT contact_id AS contactId, action, before FROM import_changes WHERE import_id = ?').all(id) as {
    contactId: string; action: 'created' | 'updated'; before: string | null;
  }[];
  const restore = sqlite.prepare(UPDATE_CONTACT);
  const now = ctx.clock.now().getTime();
  writeTransactionOn(sqlite, () => {
    sqlite.prepare('DELETE FROM contact_events WHERE import_id = ?').run(id);
    // Events the import moved on (a pending order it said paid) get their earlier status back.
    sqlite.prepare(`UPDATE contact_events SET status = c.before_status, outcome = c.before_outcome
      FROM import_event_changes c WHERE c.import_id = ? AND contact_events.id = c.event_id`).run(id);
    const remove = sqlite.prepare('DELETE FROM contacts WHERE id = ?');
    const clearTags = sqlite.prepare('DELETE FROM contact_tags WHERE contact_id = ?');
    const addTag = sqlite.prepare('INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?, ?)');
    for (const change of changes) {
      if (change.action === 'created') {
        remove.run(change.contactId);
        continue;
      }
      const v = JSON.parse(change.before!) as ContactValues;
      restore.run(...contactParams(v), now, change.contactId);
      clearTags.run(change.contactId);
      for (const tag of v.tags) addTag.run(change.contactId, tag);
    }
    sqlite.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(now, id);
  });
  ctx.events.emit({ type: 'contacts.changed', ids: changes.slice(0, 1000).map((c) => c.contactId) });
  return getImport(sqlite, id);
};
