import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';

// Every SQLite database starts with these 16 bytes (sqlite.org/fileformat.html, 1.3.1).
const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileState = 'missing' | 'empty' | 'not-a-database' | 'database';

// What is at `file` before SQLite opens it: SQLite itself starts an empty file as a new
// database, and says only "file is not a database" at the first statement for a bad header.
export const fileStateOf = (file: string): FileState => {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (stat.size === 0) return 'empty';
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === HEADER.length && head.equals(HEADER) ? 'database' : 'not-a-database';
  } finally {
    closeSync(fd);
  }
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const problemOf = (sqlite: Database.Database, pragma: string): string | null => {
  try {
    const rows = sqlite.pragma(pragma) as { quick_check: string }[];
    return rows.length === 1 && rows[0]!.quick_check === 'ok' ? null : rows.slice(0, 5).map((r) => r.quick_check).join('; ');
  } catch (error) {
    return messageOf(error);
  }
};

// SQLite's quick check (every page and record readable, without matching indexes to tables):
// null when the file is sound, else its first findings. A damaged page can also make the
// check itself fail, which is the same answer.
export const quickCheckProblem = (sqlite: Database.Database): string | null => problemOf(sqlite, 'quick_check(5)');
