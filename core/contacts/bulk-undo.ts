import type { BulkEditSummary, BulkUndoResult } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { originOf, recordAudit } from '../respect/audit-log';
import { BULK_SOURCE, getBulkEdit } from './bulk-edit';

type Sqlite = CoreContext['db']['$client'];

const day = (iso: string): string => iso.slice(0, 10);

// The contacts of this edit (still here: an erased one is simply gone) whose edited field still
// holds what the edit wrote. The rule for undo: only the edited field goes back to its value
// before, and only where nothing changed it since (by hand, an import, another edit); a later
// change is the owner's newer word and is kept. Other fields changed since are never touched,
// and neither is an opt-out (unsubscribed_at is no part of a bulk edit).
const STILL_EDITED: Record<BulkEditSummary['field'], string> = {
  'consent-basis': 'c.consent_basis = @value AND c.consent_source = @source AND c.consent_at = @at',
  kind: 'c.kind = @value',
  'add-tag': 'EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = @value)',
  'remove-tag': 'NOT EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND lower(t.tag) = lower(@value))',
};

const restore = (sqlite: Sqlite, edit: BulkEditSummary, params: Record<string, unknown>, origin: string): number => {
  const condition = `b.edit_id = @id AND ${STILL_EDITED[edit.field]}`;
  const from = `FROM bulk_edit_changes b JOIN contacts c ON c.id = b.contact_id WHERE ${condition}`;
  const updateFrom = `FROM bulk_edit_changes b WHERE b.contact_id = c.id AND ${condition}`;
  if (edit.field === 'consent-basis') {
    // Written before the contacts change, while the condition still finds them.
    sqlite
      .prepare(`INSERT INTO consent_changes (id, contact_id, basis, source, evidence, consent_at, origin, import_id, recorded_at)
        SELECT 'undo:' || b.edit_id || ':' || b.contact_id, b.contact_id, json_extract(b.before, '$.consentBasis'),
          coalesce(json_extract(b.before, '$.consentSource'), ''), @evidence, json_extract(b.before, '$.consentAt'), @origin, NULL, @now ${from}`)
      .run({ ...params, origin, evidence: `restored by undoing the change of ${day(edit.createdAt)}` });
    return sqlite
      .prepare(`UPDATE contacts AS c SET consent_basis = json_extract(b.before, '$.consentBasis'), consent_source = json_extract(b.before, '$.consentSource'),
          consent_at = json_extract(b.before, '$.consentAt'), updated_at = @now ${updateFrom}`)
      .run(params).changes;
  }
  if (edit.field === 'kind') {
    return sqlite.prepare(`UPDATE contacts AS c SET kind = json_extract(b.before, '$.kind'), updated_at = @now ${updateFrom}`).run(params).changes;
  }
  // Tags: the contacts are dated first, while the condition still finds them.
  sqlite.prepare(`UPDATE contacts SET updated_at = @now WHERE id IN (SELECT c.id ${from})`).run(params);
  if (edit.field === 'add-tag') {
    return sqlite.prepare('DELETE FROM contact_tags WHERE tag = @value AND contact_id IN (SELECT contact_id FROM bulk_edit_changes WHERE edit_id = @id)').run(params).changes;
  }
  return sqlite.prepare(`INSERT OR IGNORE INTO contact_tags (contact_id, tag) SELECT b.contact_id, json_extract(b.before, '$.tag') ${from}`).run(params).changes;
};

// Takes one bulk edit back, like an import (import-history.ts): each contact it changed gets its
// value before, by the rule above, in one write transaction.
export const undoBulkEdit = (ctx: CoreContext, { id }: { id: string }): BulkUndoResult => {
  const sqlite = ctx.db.$client;
  const edit = getBulkEdit(sqlite, id);
  if (edit.undoneAt) throw new DomainError('CONFLICT', `This change was already undone on ${day(edit.undoneAt)}.`);
  const now = ctx.clock.now().getTime();
  const origin = originOf(ctx.info.host);
  const params = { id, value: edit.value, source: BULK_SOURCE, at: Date.parse(edit.createdAt), now };
  const { restored, remaining } = writeTransactionOn(sqlite, () => {
    const remaining = sqlite.prepare('SELECT count(*) FROM bulk_edit_changes b JOIN contacts c ON c.id = b.contact_id WHERE b.edit_id = ?').pluck().get(id) as number;
    const restored = restore(sqlite, edit, params, origin);
    if (edit.field === 'consent-basis') {
      recordAudit(sqlite, { action: 'consent', origin, detail: `bulk-edit=${id} undone; restored=${restored}; kept=${remaining - restored}` }, now);
    }
    sqlite.prepare('UPDATE bulk_edits SET undone_at = ? WHERE id = ?').run(now, id);
    return { restored, remaining };
  });
  const ids = sqlite.prepare('SELECT contact_id FROM bulk_edit_changes WHERE edit_id = ? LIMIT 1000').pluck().all(id) as string[];
  ctx.events.emit({ type: 'contacts.changed', ids });
  return { ...getBulkEdit(sqlite, id), restored, keptLaterChange: remaining - restored };
};
