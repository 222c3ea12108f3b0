import type Database from 'better-sqlite3';
import { acquireLease, leaseHolder, releaseLease, type LeaseHolder } from '../sending/lease';

// An open app or browser host holds this lease while it runs (renewed every minute, lost at once
// when its process dies): `relance restore` refuses to replace a database one of them is using.
export const HOST_LEASE = 'host';

export const holdHostLease = (sqlite: Database.Database, holder: string, now: number): boolean =>
  acquireLease(sqlite, { name: HOST_LEASE, holder, now }).ok;

export const releaseHostLease = (sqlite: Database.Database): void => releaseLease(sqlite, { name: HOST_LEASE });

// Who has the database open, if anyone does; null too when the file cannot be read (a damaged
// database is what a restore is for).
export const runningHost = (file: string, now: number, open: (file: string) => Database.Database): LeaseHolder | null => {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = open(file);
    return leaseHolder(sqlite, now, HOST_LEASE);
  } catch {
    return null;
  } finally {
    sqlite?.close();
  }
};
