import type Database from 'better-sqlite3';
import { DomainError } from '../errors';

// One backup or restore at a time per open database, whichever asked (the owner, the daily timer).
const busy = new WeakSet<Database.Database>();

export const isBackupBusy = (sqlite: Database.Database): boolean => busy.has(sqlite);

export const withBackupLock = async <T>(sqlite: Database.Database, work: () => Promise<T>): Promise<T> => {
  if (busy.has(sqlite)) throw new DomainError('CONFLICT', 'A backup or a restore is already running: wait for it to finish, then try again.');
  busy.add(sqlite);
  try {
    return await work();
  } finally {
    busy.delete(sqlite);
  }
};
