import { databaseFile } from '../../db/data-dir';
import { fileStateOf } from '../../db/check-file';
import type { OpenedDatabase } from '../../db/open-database';
import { tightenDataFolder } from '../../db/private-files';
import { listBackups } from '../backup/list-backups';
import { DomainError } from '../errors';
import { damagedError, isDamage, storageProblem } from '../file-problems/file-problems';

type Options = { dataDir: string; isDemo: boolean; open: () => OpenedDatabase };

// Opens the data folder's database after looking at the file as it is: made owner-only, not
// started afresh over a file emptied by accident, not opened when it is not a database at all.
// Any failure is a sentence saying what to do (a read-only folder, a full disk, a damaged file).
export const openDataFolder = ({ dataDir, isDemo, open }: Options): OpenedDatabase => {
  const file = databaseFile(dataDir, isDemo);
  const newestBackup = () => listBackups(dataDir, { isDemo })[0]?.name ?? null;
  try {
    tightenDataFolder(dataDir);
    const state = fileStateOf(file);
    // The backups folder is read only when the file is not sound: not on every start.
    if (state === 'empty') {
      const backup = newestBackup();
      if (backup) throw emptyWithBackups(file, backup);
    }
    if (state === 'not-a-database') throw damagedError({ dataDir, newestBackup: newestBackup() });
    return open();
  } catch (error) {
    if (error instanceof DomainError || !isStorageError(error)) throw error;
    throw storageProblem(error, { dataDir, newestBackup: isDamage(error) ? newestBackup() : null })!;
  }
};

const isStorageError = (error: unknown): boolean => storageProblem(error) !== undefined;

// A zero-byte database beside backups is a file lost (a sync tool, a full disk), not a new start.
const emptyWithBackups = (file: string, backup: string): DomainError =>
  new DomainError('INTERNAL', `${file} is empty (0 bytes) although backups exist: Relance did not start on an empty database. Restore the newest backup (${backup}) with relance restore, or delete the empty file to start afresh.`, [
    { path: 'database', message: 'empty database beside backups', rule: 'storage.emptyWithBackups', params: { file, backup } },
  ]);
