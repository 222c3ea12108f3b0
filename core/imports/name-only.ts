import type Database from 'better-sqlite3';
import { sortNameOf } from '../contacts/normalise-contact';
import type { ImportRecord } from './types';

// Rows that name their person by name alone (WooCommerce Analytics' orders export has only
// "Customer": the full name). Such a row is the existing contact with exactly that name when
// there is one and only one; else a contact known by that name only (no email, no phone),
// which the next import of the file finds again instead of adding a twin.

type Keys = { emailKey: string | null; phone: string | null; sourceId: string | null };

// The name as contacts.sort_name keeps it (case and accents folded), for a row with no other key.
export const nameOnlyKey = (record: Pick<ImportRecord, 'firstName' | 'lastName'>, keys: Keys): string | null => {
  if (keys.emailKey || keys.phone || keys.sourceId) return null;
  // As the contact's own sort_name is made (write-batch.ts), so a re-import finds it again.
  const key = sortNameOf(record.firstName.trim(), record.lastName.trim(), null);
  return key === '' ? null : key;
};

// The contact a name-only row is: the one contact with that name, else the oldest one known by
// that name only, else none (a new name-only contact). Two people with the same name and their
// own addresses are never guessed between.
export const contactByName = (sqlite: Database.Database): ((key: string) => string | null) => {
  const named = sqlite.prepare('SELECT id, (email_key IS NULL AND phone IS NULL) AS isNameOnly FROM contacts WHERE sort_name = ? ORDER BY row_id');
  return (key) => {
    const rows = named.all(key) as { id: string; isNameOnly: number }[];
    if (rows.length === 1) return rows[0]!.id;
    return rows.find((row) => row.isNameOnly === 1)?.id ?? null;
  };
};
