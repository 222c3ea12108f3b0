import Database from 'better-sqlite3';

// Every connection to a Relance database, whichever thread opens it, behaves the same:
// WAL (readers never block the writer), commits synced at checkpoints only, a wait rather
// than an error when another connection writes, and foreign keys enforced.
export const connectTo = (file: string, { isNew = false } = {}): Database.Database => {
  const sqlite = new Database(file);
  try {
    // Set before the first table exists (it cannot change in WAL mode afterwards). 16 KB pages
    // rather than 4 KB: a 100k-contact import writes a dozen indexes and the search index, and
    // bigger pages make that ~13% faster (the same rows written: contacts 1.87 -> 1.60 s, events
    // 1.65 -> 1.43 s), with segment counts and search no slower (bench:segments, bench:contacts).
    // A database made with 4 KB pages keeps them and works the same.
    if (isNew) sqlite.pragma('page_size = 16384');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // Deleted rows are overwritten, not left in free space: an erased person (C9) must not stay
    // readable in the file.
    sqlite.pragma('secure_delete = ON');
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
};

// A connection that only reads (the Reports page's worker threads): WAL lets it read beside the
// app's own connection and the writer without waiting for either.
export const connectToRead = (file: string): Database.Database => {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
};
