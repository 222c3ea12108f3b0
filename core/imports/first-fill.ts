import type Database from 'better-sqlite3';

// A first import into an empty contacts table builds the table's secondary indexes and its
// search index once, after every row is in, instead of keeping them up to date row by row.
// Measured on the 100k-contact corpus (bench-data/, one transaction, 16 KB pages, 16 MB cache,
// the rows moved 5,000 per statement as write-session.ts does): kept up to date, 2.9-4.7 s to
// COMMIT; built after, 1.5-2.1 s (the rows 0.4-0.8 s, the nine indexes 0.5-1.2 s, the search
// index 0.2-0.9 s). The writer thread was the slower of the two threads of such an import
// (its busy time 6.2 s against the reading thread's 5.9 s, the reading thread waiting for it
// 1.6 s). Later imports into a filled table keep the indexes: rebuilding them whole would cost
// more than the rows they add.
// contacts_id_unique stays: the timeline's and the outbox's foreign keys point at contacts.id,
// and the import looks contacts up by id (merges, consent).
const KEPT_INDEX = 'contacts_id_unique';
const SEARCH_TRIGGERS = ['contacts_fts_after_insert', 'contacts_fts_after_update', 'contacts_fts_after_delete'];

// The search document as the insert trigger writes it, read from the trigger itself so the two
// never differ: `INSERT INTO contacts_fts (rowid, doc) VALUES (new.row_id, <document>);`.
const TRIGGER_DOCUMENT = /INSERT INTO `?contacts_fts`? \(rowid, doc\) VALUES \(\s*new\.row_id,\s*([\s\S]+?)\s*\);\s*END;?\s*$/;

const documentOf = (insertTrigger: string): string | null => {
  const found = TRIGGER_DOCUMENT.exec(insertTrigger);
  return found ? found[1]!.replace(/\bnew\./g, '') : null;
};

type Definition = { name: string; sql: string };

export type DeferredIndexes = {
  // Builds what was set aside; inside the import's transaction, before COMMIT.
  restore: () => void;
};

// Inside the import's transaction: sets aside the contacts table's indexes and search triggers
// when the table is empty, else null (nothing changes). A rollback puts them back as they were.
export const deferIndexesOfEmptyTable = (sqlite: Database.Database): DeferredIndexes | null => {
  if (sqlite.prepare('SELECT EXISTS (SELECT 1 FROM contacts)').pluck().get() === 1) return null;
  const indexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL AND name <> ?")
    .all(KEPT_INDEX) as Definition[];
  const triggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${SEARCH_TRIGGERS.map(() => '?').join(', ')})`)
    .all(...SEARCH_TRIGGERS) as Definition[];
  const insertTrigger = triggers.find((trigger) => trigger.name === SEARCH_TRIGGERS[0]);
  const document = insertTrigger ? documentOf(insertTrigger.sql) : null;
  // A search trigger of another shape than this code knows is left to do its work row by row.
  const setAside = document !== null && triggers.length === SEARCH_TRIGGERS.length ? [...indexes, ...triggers] : indexes;
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  if (setAside.length > indexes.length) for (const { name } of triggers) sqlite.exec(`DROP TRIGGER "${name}"`);
  return {
    restore: () => {
      for (const { sql } of indexes) sqlite.exec(sql);
      if (setAside.length === indexes.length) return;
      // One statement: FTS5 writes the whole table as one segment.
      sqlite.exec(`INSERT INTO contacts_fts (rowid, doc) SELECT row_id, ${document} FROM contacts`);
      for (const { sql } of triggers) sqlite.exec(sql);
    },
  };
};
