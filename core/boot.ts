import type { AppInfo, Handlers, StagedFile } from '../api';
import { databaseFile } from '../db/data-dir';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import packageJson from '../package.json';
import { createCore } from './create-core';
import { seedDemo } from './demo/seed-demo';
import { createImportJobs, type ImportJobs } from './imports/import-jobs';
import { stageFile } from './imports/staging';
import type { WorkerLauncher } from './imports/worker-launcher';
import { createEventHub, memorySecretStore, systemClock, type Clock, type SecretStore } from './ports';

export type BootOptions = {
  dataDir: string;
  migrationsFolder: string;
  host: AppInfo['host'];
  isDemo?: boolean;
  clock?: Clock;
  secrets?: SecretStore;
  launchImportWorker?: WorkerLauncher;
};

export type Booted = {
  handlers: Handlers;
  events: ReturnType<typeof createEventHub>;
  database: OpenedDatabase;
  // Keeps a file a person picked for import; the contract's imports.* methods then refer to it by id.
  stageFile: (fileName: string, bytes: Uint8Array) => StagedFile;
  imports: ImportJobs;
  close: () => void;
};

export const appVersion: string = packageJson.version;

// Everything a host does at start: open and migrate the database, seed the demo, build core.
export const bootCore = ({ dataDir, migrationsFolder, host, isDemo = false, clock = systemClock, secrets, launchImportWorker }: BootOptions): Booted => {
  const database = openDatabase({ file: databaseFile(dataDir, isDemo), migrationsFolder });
  const events = createEventHub();
  const info: AppInfo = { version: appVersion, dataDir, isDemo, host };
  const ctx = { db: database.db, clock, secrets: secrets ?? memorySecretStore(), events, info, launchImportWorker };
  if (isDemo) seedDemo(ctx);
  const stage = (fileName: string, bytes: Uint8Array) => stageFile(dataDir, fileName, bytes, clock.now().getTime());
  const imports = createImportJobs(ctx);
  return { handlers: createCore(ctx, imports), events, database, stageFile: stage, imports, close: database.close };
};
