import type { AppInfo, Handlers } from '../api';
import { databaseFile } from '../db/data-dir';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import packageJson from '../package.json';
import { createCore } from './create-core';
import { seedDemo } from './demo/seed-demo';
import { createEventHub, memorySecretStore, systemClock, type Clock, type SecretStore } from './ports';

export type BootOptions = {
  dataDir: string;
  migrationsFolder: string;
  host: AppInfo['host'];
  isDemo?: boolean;
  clock?: Clock;
  secrets?: SecretStore;
};

export type Booted = {
  handlers: Handlers;
  events: ReturnType<typeof createEventHub>;
  database: OpenedDatabase;
  close: () => void;
};

export const appVersion: string = packageJson.version;

// Everything a host does at start: open and migrate the database, seed the demo, build core.
export const bootCore = ({ dataDir, migrationsFolder, host, isDemo = false, clock = systemClock, secrets }: BootOptions): Booted => {
  const database = openDatabase({ file: databaseFile(dataDir, isDemo), migrationsFolder });
  const events = createEventHub();
  const info: AppInfo = { version: appVersion, dataDir, isDemo, host };
  const ctx = { db: database.db, clock, secrets: secrets ?? memorySecretStore(), events, info };
  if (isDemo) seedDemo(ctx);
  return { handlers: createCore(ctx), events, database, close: database.close };
};
