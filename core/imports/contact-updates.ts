import { CONTACT_VALUE_COLUMNS } from './write-batch';

// The statements that write an import's changes to stored contacts, from the temporary table
// `changed` (write-session.ts) holding each contact's new values and id.

// A file's creation date only moves a contact's earlier (contact-values.ts mergeValues).
const newValue = (column: string): string =>
  column === 'created_at' ? 'min(contacts.created_at, coalesce(c.created_at, contacts.created_at))' : `c.${column}`;
const setValue = (column: string): string => `${column} = ${newValue(column)}`;

// A re-imported export mostly changes columns that no index and not the search index read (a
// consent date, notes). SQLite rewrites a row's entry in every index over a column named in SET,
// changed or not, and the search trigger runs for any of its columns: so a contact whose other
// columns stay the same takes a statement that sets only these. Measured re-importing the
// 100k-contact file into the database it made (70k contacts updated, the writer alone, CPU):
// 3.1-5.0 s before, 1.4-1.7 s with this split and many-rows.ts (docs/performance.md). That file
// updates none now (their consent is the same: contact-values.ts); a file changing that many still does.
// Both statements write the same values; which one a row takes only decides what is rewritten.
const UNLOOKED: readonly string[] = ['language', 'notes', 'consent_basis', 'consent_source', 'consent_at', 'region', 'postal_code'];
const lookedUpUnchanged = CONTACT_VALUE_COLUMNS.filter((column) => !UNLOOKED.includes(column))
  .map((column) => `+contacts.${column} IS ${newValue(column)}`)
  .join(' AND ');

// The unary `+`s keep the planner on one plan: read the changed rows, find each contact by its id.
// Without them it read every stored contact for each move to look each up among the few changed
// (100k rows scanned per statement), or found contacts by their email key, which a contact
// without an address shares with every other (IS NULL).
export const contactUpdates = (changed: string, now: number) => {
  // Written into the statement, not bound: the import's time, an integer.
  if (!Number.isSafeInteger(now)) throw new Error('An import time is an integer.');
  const from = `FROM temp.${changed} c WHERE contacts.id = +c.id`;
  return {
    unlooked: `UPDATE contacts SET ${CONTACT_VALUE_COLUMNS.filter((column) => UNLOOKED.includes(column)).map(setValue).join(', ')},
      updated_at = ${now} ${from} AND ${lookedUpUnchanged}`,
    looked: `UPDATE contacts SET ${CONTACT_VALUE_COLUMNS.map(setValue).join(', ')}, updated_at = ${now} ${from} AND NOT (${lookedUpUnchanged})`,
  };
};
