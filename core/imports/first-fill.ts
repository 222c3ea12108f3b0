import type Database from 'better-sqlite3';

// A first import into an empty contacts table builds the table's indexes once, after every row
// is in, instead of keeping nine B-trees up to date row by row. Measured on the 100k-contact
// corpus (one transaction, 16 KB pages, 16 MB cache, rows moved 5,000 per statement as
// write-session.ts does): indexes kept up to date, 2.9-4.7 s to COMMIT; built after, 1.8-2.3 s
// (the rows and the search index 0.9-1.4 s, the nine indexes 0.6-0.75 s). The writer thread
// was the slower of an import's two threads (busy 6.2 s against the reading thread's 5.9 s,
// which waited for it 1.6 s); now the rows keep up with the reading and the indexes are the
// import's last 0.6-0.75 s.
// The search index stays fed as the rows go in (its triggers are kept): the writer has the time
// while the file is still being read, and filling it in one statement at the end would add
// 0.25-0.45 s to that last stretch.
// Later imports into a filled table keep the indexes: rebuilding them whole would cost more
// than the rows they add.
// contacts_id_unique stays: the timeline's and the outbox's foreign keys point at contacts.id,
// and the import looks contacts up by id (merges, consent).
const KEPT_INDEX = 'contacts_id_unique';

export type DeferredIndexes = {
  // Builds what was set aside; inside the import's transaction, before COMMIT.
  restore: () => void;
};

// Inside the import's transaction: sets aside the contacts table's indexes when the table is
// empty, else null (nothing changes). A rollback puts them back as they were.
export const deferIndexesOfEmptyTable = (sqlite: Database.Database): DeferredIndexes | null => {
  if (sqlite.prepare('SELECT EXISTS (SELECT 1 FROM contacts)').pluck().get() === 1) return null;
  const indexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL AND name <> ?")
    .all(KEPT_INDEX) as { name: string; sql: string }[];
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  return {
    restore: () => {
      for (const { sql } of indexes) sqlite.exec(sql);
    },
  };
};
