import { join } from 'node:path';
import type { BackupKind } from '../../api';

// Where every backup of a data folder goes, beside the database (runMigrations writes its
// pre-update copies there too, as `<base>-v<N>-<stamp>.db`).
export const backupsDir = (dataDir: string): string => join(dataDir, 'backups');

// The database's file name without `.db`: `relance`, or `relance-demo` for the demo.
export const baseNameOf = (isDemo: boolean): string => (isDemo ? 'relance-demo' : 'relance');

// The same stamp as runMigrations' copies (ISO 8601 UTC, `:` and `.` made safe for every file system).
export const stampOf = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');

export const backupFileName = (base: string, kind: Exclude<BackupKind, 'pre-update'>, at: Date): string => `${base}-${kind}-${stampOf(at)}.db`;

const NAME = /^(relance(?:-demo)?)-(daily|manual|pre-restore|v\d+)-(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/;

export type ParsedName = { base: string; kind: BackupKind; at: Date };

// Reads a backup's kind and time back from its name; anything else in the folder is not ours.
export const parseBackupName = (name: string): ParsedName | null => {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, base, kind, hour, minute, second, ms] = match;
  const at = new Date(`${hour}:${minute}:${second}.${ms}Z`);
  if (Number.isNaN(at.getTime())) return null;
  return { base: base!, kind: kind!.startsWith('v') ? 'pre-update' : (kind as BackupKind), at };
};
