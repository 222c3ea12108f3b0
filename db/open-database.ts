import { closeSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { connectTo } from './connection';
import { makeDataFolder, makePrivateFile, PRIVATE_FILE } from './private-files';
import { runMigrations, type MigrationReport } from './run-migrations';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// The transaction handle drizzle gives to `writeTransaction`'s work.
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

// Every write transaction goes through one of these two, on the drizzle handle or on the
// better-sqlite3 connection: both take the write lock first (BEGIN IMMEDIATE). In WAL mode a
// transaction that has read and then writes while another connection writes (a big import
// holds the lock for its whole length) fails at once with SQLITE_BUSY, without waiting the
// busy timeout; one that takes the write lock first waits for it. db/write-transactions.test.ts
// keeps other files from starting a transaction of their own.
export const writeTransaction = <T>(db: Db, work: (tx: Tx) => T): T => db.transaction(work, { behavior: 'immediate' });

export const writeTransactionOn = <T>(sqlite: Database.Database, work: () => T): T => sqlite.transaction(work).immediate();

export type OpenedDatabase = {
  db: Db;
  sqlite: Database.Database;
  file: string;
  isNew: boolean;
  migration: MigrationReport;
  close: () => void;
};

type OpenOptions = {
  file: string;
  migrationsFolder: string;
};

// Opens (creating if needed) a Relance database and brings it to this version's schema.
export const openDatabase = ({ file, migrationsFolder }: OpenOptions): OpenedDatabase => {
  const isMemory = file === ':memory:';
  // A zero-byte file is a database not yet started (boot says so first when backups exist).
  const isNew = isMemory || (statSync(file, { throwIfNoEntry: false })?.size ?? 0) === 0;
  if (!isMemory) {
    makeDataFolder(dirname(file));
    // Created owner-only before SQLite opens it: SQLite gives its WAL and shared-memory files
    // the database file's mode.
    closeSync(openSync(file, 'a', PRIVATE_FILE));
    makePrivateFile(file);
  }
  const sqlite = connectTo(file, { isNew });
  try {
    const migration = runMigrations(sqlite, file, migrationsFolder);
    const db = drizzle({ client: sqlite, schema });
    if (!isMemory) for (const suffix of ['-wal', '-shm']) makePrivateFile(file + suffix);
    return { db, sqlite, file, isNew, migration, close: () => sqlite.open && sqlite.close() };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
};
