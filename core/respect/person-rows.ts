import type { Db } from '../../db/open-database';
import { suppressionHash } from './suppression-hash';
import { notFound } from '../errors';
import { phoneSuppressionHash } from './suppression-list';

type Sqlite = Db['$client'];

// Who a person is in the tables that do not name them by id: the hashes of their address and number.
export type PersonKeys = { id: string; emailKey: string | null; phone: string | null; emailHash: string | null; phoneHash: string | null };

export const personKeys = (sqlite: Sqlite, id: string): PersonKeys => {
  const row = sqlite.prepare('SELECT id, email_key AS emailKey, phone FROM contacts WHERE id = ?').get(id) as
    | { id: string; emailKey: string | null; phone: string | null }
    | undefined;
  if (!row) throw notFound('This contact');
  return {
    ...row,
    emailHash: row.emailKey ? suppressionHash(row.emailKey) : null,
    phoneHash: row.phone ? phoneSuppressionHash(row.phone) : null,
  };
};

// Every table that holds something about a person, by contact id or by the hash of their
// address. Export and erasure both work from this list; export-person.test.ts fails when a table
// with a contact_id or a hash column is in neither this list nor NOT_PERSONAL_TABLES.
export const PERSONAL_TABLES = [
  'contacts',
  'contact_tags',
  'consent_changes',
  'contact_events',
  'outbox',
  'unsubscribe_tokens',
  'suppressions',
  'delivery_failures',
  'import_changes',
  'bulk_edit_changes',
  'audit_log',
] as const;

// Tables with nothing of one person in them, and why.
export const NOT_PERSONAL_TABLES: Record<string, string> = {
  // Message-IDs and hashes of mail already acted on: no contact id, no address.
  mail_seen: 'keys of messages already read, no contact',
  // The hash of each migration file applied.
  __drizzle_migrations: 'migrations applied to the database',
};

// A stored row as a person reads it: camelCase names, times in ISO 8601, flags as booleans.
export const readableRow = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(row).map(([column, value]) => {
      const name = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
      if (typeof value === 'number' && /(_at|_since|_until)$/.test(column)) return [name, new Date(value).toISOString()];
      if (typeof value === 'number' && column.startsWith('is_')) return [name, value === 1];
      return [name, value];
    }),
  );

export const hashesOf = (keys: PersonKeys): string[] => [keys.emailHash, keys.phoneHash].filter((hash): hash is string => hash !== null);
