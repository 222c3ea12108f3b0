import type { AuditEntry, AuditPage } from '../../api';
import type { CoreContext } from '../context';
import { csvLines } from '../text/csv-writer';
import { utcDay } from '../time-units';

type AuditRow = { id: number; at: number; action: AuditEntry['action']; origin: AuditEntry['origin']; contactId: string | null; detail: string };

const SELECT = 'SELECT row_id AS id, at, action, origin, contact_id AS contactId, detail FROM audit_log';

const toEntry = (row: AuditRow): AuditEntry => ({ ...row, at: new Date(row.at).toISOString() });

// Newest first, a page at a time.
export const listAudit = ({ db }: Pick<CoreContext, 'db'>, { offset, limit }: { offset: number; limit: number }): AuditPage => {
  const sqlite = db.$client;
  const total = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const rows = sqlite.prepare(`${SELECT} ORDER BY at DESC, row_id DESC LIMIT ? OFFSET ?`).all(limit, offset) as AuditRow[];
  return { total, offset, rows: rows.map(toEntry) };
};

// The whole log, oldest first, for a spreadsheet. Times in UTC (ISO 8601).
export const auditCsv = ({ db, clock }: Pick<CoreContext, 'db' | 'clock'>): { fileName: string; csv: string } => {
  const now = clock.now().getTime();
  const rows = (db.$client.prepare(`${SELECT} ORDER BY at, row_id`).all() as AuditRow[]).map(toEntry);
  const lines = [['time', 'action', 'origin', 'contact_id', 'detail'], ...rows.map((r) => [r.at, r.action, r.origin, r.contactId ?? '', r.detail])];
  return { fileName: `relance-privacy-log-${utcDay(now)}.csv`, csv: csvLines(lines) };
};
