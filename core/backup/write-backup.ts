import { chmodSync, closeSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { PRIVATE_FILE, PRIVATE_FOLDER } from '../../db/private-files';
import { DomainError } from '../errors';

export type Progress = (done: number, total: number) => void;

// Pages copied per step of the online backup: 1,024 pages is 16 MB at our page size, so a
// large database reports progress a few times a second and other connections are not held up.
const PAGES_PER_STEP = 1024;

// The copy is whole and readable: SQLite's own integrity check, on the copy itself.
export const integrityProblem = (sqlite: Database.Database): string | null => {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  return rows.length === 1 && rows[0]!.integrity_check === 'ok' ? null : rows.map((r) => r.integrity_check).slice(0, 3).join('; ');
};

// SQLite's online backup (readers and writers go on meanwhile) into `dest`, written under a
// temporary name and renamed only once the copy passed `integrity_check`: a backup that is
// there is a good one. The copy is one self-contained file (rollback journal, not WAL).
export const writeBackup = async (sqlite: Database.Database, dest: string, onProgress?: Progress): Promise<{ file: string; size: number }> => {
  // A folder the owner named (relance backup ~/Desktop/x.db) keeps its own permissions; one made here is theirs alone.
  mkdirSync(dirname(dest), { recursive: true, mode: PRIVATE_FOLDER });
  const partial = `${dest}.partial`;
  rmSync(partial, { force: true });
  // Created empty and owner-only first, so the copy is never readable by others, even for a moment.
  closeSync(openSync(partial, 'wx', PRIVATE_FILE));
  try {
    await sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const problem = integrityProblem(copy);
      if (problem) throw new DomainError('INTERNAL', `The backup could not be verified (${problem}); nothing was kept. Try again; if it happens again, the database may be damaged.`);
      const pages = copy.pragma('page_count', { simple: true }) as number;
      onProgress?.(pages, pages);
    } finally {
      copy.close();
    }
    chmodSync(partial, PRIVATE_FILE);
    renameSync(partial, dest);
    return { file: dest, size: statSync(dest).size };
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
    throw error;
  }
};
