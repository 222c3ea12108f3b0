import { sql, type SQL } from 'drizzle-orm';
import type { ExportTarget } from '../../api';
import { toSearchQuery } from '../contacts/search-query';
import type { CoreContext } from '../context';
import { segmentWhere } from '../segments/segment-contacts';

// The contacts an export takes, as a condition over `contacts c`: a segment's members (built-in
// or custom, with its parameters), the ids ticked, or every contact the list's search matches,
// by the same full-text query as contacts.list and bulk edits (core/contacts/bulk-target.ts).
export const exportWhere = (ctx: Pick<CoreContext, 'db' | 'clock'>, target: ExportTarget): SQL => {
  if ('segmentId' in target) return segmentWhere(ctx.db, ctx.clock, target.segmentId, target.params).where;
  if ('ids' in target) return sql`c.id IN (SELECT value FROM json_each(${JSON.stringify(target.ids)}))`;
  const match = toSearchQuery(target.search);
  return match ? sql`c.row_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ${match})` : sql`1`;
};

// A word for the file name: the segment's id, "selection" or "contacts".
export const targetWord = (target: ExportTarget): string => {
  if ('segmentId' in target) return target.segmentId.replace(/[^\w-]+/g, '-').slice(0, 40);
  return 'ids' in target ? 'selection' : 'contacts';
};
