import type { PersonExport } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { originOf, recordAudit } from './audit-log';
import { hashesOf, personKeys, readableRow, type PersonKeys } from './person-rows';

type Sqlite = CoreContext['db']['$client'];
type Row = Record<string, unknown>;

const rowsOf = (sqlite: Sqlite, sql: string, ...params: unknown[]): Row[] => (sqlite.prepare(sql).all(...params) as Row[]).map(readableRow);

// The placeholders for a list of values in an IN (…), at least one so the query stays valid.
const inList = (values: readonly unknown[]): string => (values.length === 0 ? 'NULL' : values.map(() => '?').join(', '));

// The imports that created or changed them, or brought them events or a consent: each with its
// file, its date, and (import_changes) the values the import replaced.
const importsOf = (sqlite: Sqlite, id: string): Row[] => {
  const rows = sqlite
    .prepare(
      `SELECT i.id AS import_id, i.file_name, i.created_at AS imported_at, i.undone_at, c.action, c.before
       FROM imports i LEFT JOIN import_changes c ON c.import_id = i.id AND c.contact_id = ?
       WHERE c.contact_id IS NOT NULL
          OR i.id IN (SELECT import_id FROM contact_events WHERE contact_id = ? AND import_id IS NOT NULL)
          OR i.id IN (SELECT import_id FROM consent_changes WHERE contact_id = ? AND import_id IS NOT NULL)
       ORDER BY i.created_at`,
    )
    .all(id, id, id) as Row[];
  return rows.map((row) => {
    const readable = readableRow(row);
    return { ...readable, action: readable.action ?? 'events', before: typeof row.before === 'string' ? (JSON.parse(row.before) as unknown) : null };
  });
};

// The bulk edits that changed them (a legal basis, a tag, a kind), each with its date and their value before it.
const bulkEditsOf = (sqlite: Sqlite, id: string): Row[] =>
  (
    sqlite
      .prepare(`SELECT e.id AS edit_id, e.field, e.value, e.created_at AS edited_at, e.undone_at, c.before
        FROM bulk_edit_changes c JOIN bulk_edits e ON e.id = c.edit_id WHERE c.contact_id = ? ORDER BY e.created_at`)
      .all(id) as Row[]
  ).map((row) => ({ ...readableRow(row), before: JSON.parse(row.before as string) as unknown }));

const tablesOf = (sqlite: Sqlite, keys: PersonKeys): Omit<PersonExport, 'format' | 'version' | 'exportedAt'> => {
  const { id, emailHash } = keys;
  const hashes = hashesOf(keys);
  const contact = sqlite.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as Row;
  return {
    contact: readableRow(contact),
    tags: sqlite.prepare('SELECT tag FROM contact_tags WHERE contact_id = ? ORDER BY tag').pluck().all(id) as string[],
    consentHistory: rowsOf(sqlite, 'SELECT * FROM consent_changes WHERE contact_id = ? ORDER BY recorded_at, id', id),
    timeline: rowsOf(sqlite, 'SELECT * FROM contact_events WHERE contact_id = ? ORDER BY occurred_at, id', id),
    messages: rowsOf(sqlite, 'SELECT * FROM outbox WHERE contact_id = ? ORDER BY scheduled_at, id', id),
    unsubscribeTokens: rowsOf(sqlite, 'SELECT * FROM unsubscribe_tokens WHERE contact_id = ? OR email_hash = ?', id, emailHash),
    suppressions: rowsOf(sqlite, `SELECT * FROM suppressions WHERE hash IN (${inList(hashes)})`, ...hashes),
    deliveryFailures: rowsOf(sqlite, 'SELECT * FROM delivery_failures WHERE email_hash = ? ORDER BY occurred_at', emailHash),
    imports: importsOf(sqlite, id),
    bulkEdits: bulkEditsOf(sqlite, id),
    auditLog: rowsOf(sqlite, 'SELECT * FROM audit_log WHERE contact_id = ? ORDER BY at, row_id', id),
  };
};

// Everything Relance holds on one person, as one document (C9, the right of access). The
// export itself goes in the audit log.
export const exportPerson = (ctx: Pick<CoreContext, 'db' | 'clock' | 'info'>, { id }: { id: string }): PersonExport => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  return writeTransactionOn(sqlite, () => {
    const keys = personKeys(sqlite, id);
    // Written first, so the document says it was exported, and when.
    recordAudit(sqlite, { action: 'export', origin: originOf(ctx.info.host), contactId: id, detail: 'person export (JSON)' }, now);
    const tables = tablesOf(sqlite, keys);
    return { format: 'relance-person-export' as const, version: 1 as const, exportedAt: new Date(now).toISOString(), ...tables };
  });
};
