import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { connectTo } from './connection';
import { runMigrations, type MigrationReport } from './run-migrations';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

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
  const isNew = isMemory || !existsSync(file);
  if (!isMemory) mkdirSync(dirname(file), { recursive: true });
  const sqlite = connectTo(file, { isNew });
  try {
    const migration = runMigrations(sqlite, file, migrationsFolder);
    const db = drizzle({ client: sqlite, schema });
    return { db, sqlite, file, isNew, migration, close: () => sqlite.open && sqlite.close() };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
};
