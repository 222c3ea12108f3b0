import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { quickCheckProblem } from '../../db/check-file';
import { listBackups } from '../backup/list-backups';
import { DomainError } from '../errors';
import { damagedError, isDamage, isReadOnly, storageProblem } from '../file-problems/file-problems';

// Up to this size the file is checked before the first screen (quick_check of a 50 MB file with
// 250,000 indexed rows took 0.13 s here); a larger one a second after the host has started, on
// another thread when the host has one (checkAway), so neither opening nor the window's calls
// wait for it (a 593 MB file held its thread 3.9 s).
export const CHECKED_AT_OPEN_BYTES = 50 * 2 ** 20;

type Options = { sqlite: Database.Database; file: string; dataDir: string; isDemo: boolean; onDamaged?: () => void };

export type DatabaseHealth = ReturnType<typeof createDatabaseHealth>;

// Whether the open database may be written. Once a check or any statement finds damage, the
// connection goes read-only (SQLite's query_only): no write lands in a damaged file, reads that
// still work go on, and every refusal says what happened and which backup to restore.
export const createDatabaseHealth = ({ sqlite, file, dataDir, isDemo, onDamaged }: Options) => {
  let finding: string | null = null;

  const newestBackup = (): string | null => listBackups(dataDir, { isDemo })[0]?.name ?? null;
  const refusal = (): DomainError => damagedError({ dataDir, newestBackup: newestBackup() });

  const markDamaged = (what: string): void => {
    if (finding !== null) return;
    finding = what;
    if (sqlite.open) sqlite.pragma('query_only = ON');
    onDamaged?.();
  };

  // SQLite's quick check on the open file; true when it is sound.
  const check = (): boolean => {
    const problem = quickCheckProblem(sqlite);
    if (problem === null) {
      if (finding !== null && sqlite.open) sqlite.pragma('query_only = OFF');
      finding = null;
      return true;
    }
    markDamaged(problem);
    return false;
  };

  // The same check of the whole file, by `elsewhere` (a report worker's own connection:
  // core/reports/report-workers.ts) when the host has one, else here. Not a table at a time:
  // SQLite's per-table check skips the free-page list and pages nothing uses, which the whole
  // file's check finds damaged. A host closed meanwhile ends it; a worker gone does it here.
  const checkAway = async (elsewhere?: () => Promise<string | null>): Promise<boolean> => {
    let problem: string | null;
    try {
      if (!elsewhere) throw new Error('no other thread');
      problem = await elsewhere();
    } catch {
      if (!sqlite.open) return finding === null;
      problem = quickCheckProblem(sqlite);
    }
    if (problem !== null && sqlite.open) markDamaged(problem);
    return finding === null;
  };

  const isSmall = (): boolean => (statSync(file, { throwIfNoEntry: false })?.size ?? 0) <= CHECKED_AT_OPEN_BYTES;

  // What a caller is told for an error thrown by core: damage (found now, or a write the
  // read-only connection refused because of it), a full disk or a read-only folder in a sentence.
  const explain = (error: unknown): unknown => {
    if (error instanceof DomainError) return error;
    if (isDamage(error)) markDamaged(error instanceof Error ? error.message : String(error));
    if (finding !== null && (isDamage(error) || isReadOnly(error))) return refusal();
    return storageProblem(error, { dataDir }) ?? error;
  };

  // What a window shows: nothing while the file is sound, else the backup it may restore.
  const damage = (): { newestBackup: string | null } | null => (finding === null ? null : { newestBackup: newestBackup() });

  return { check, checkAway, isSmall, damage, markDamaged, explain, refusal, newestBackup, isDamaged: () => finding !== null, finding: () => finding };
};
