import type { AppInfo } from '../../api';
import type { Db } from '../../db/open-database';

type Sqlite = Db['$client'];
export type AuditAction = 'consent' | 'unsubscribe' | 'suppress' | 'erase' | 'export' | 'mailbox';
export type AuditOrigin = 'ui' | 'cli' | 'import' | 'mailbox';

// The origin of what a person did through a host: the command line, or the interface (desktop or browser).
export const originOf = (host: AppInfo['host']): AuditOrigin => (host === 'cli' ? 'cli' : 'ui');

// One entry of the audit log. `detail` names ids, counts and kinds, never an address or a name:
// the log outlives an erasure.
export const recordAudit = (
  sqlite: Sqlite,
  entry: { action: AuditAction; origin: AuditOrigin; contactId?: string | null; detail?: string },
  now: number,
): void => {
  sqlite
    .prepare('INSERT INTO audit_log (at, action, origin, contact_id, detail) VALUES (?, ?, ?, ?, ?)')
    .run(now, entry.action, entry.origin, entry.contactId ?? null, entry.detail ?? '');
};
