import type { AppInfo, Handlers, StagedFile } from '../api';
import { databaseFile } from '../db/data-dir';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import packageJson from '../package.json';
import { createCore } from './create-core';
import { seedDemo } from './demo/seed-demo';
import { upgradeEmailKeys } from './contacts/upgrade-email-keys';
import { createImportJobs, type ImportJobs } from './imports/import-jobs';
import { stageFile } from './imports/staging';
import type { WorkerLauncher } from './imports/worker-launcher';
import { imapReader } from './mail/imap-reader';
import { nodemailerMailer, type Mailer } from './mail/smtp-mailer';
import { createEventHub, systemClock, type Clock, type SecretStore } from './ports';
import { nodeKeyring } from './secrets/node-keyring';
import { createSecretStore } from './secrets/secret-store';
import { createScheduler, type Scheduler } from './schedule/scheduler';

export type BootOptions = {
  dataDir: string;
  migrationsFolder: string;
  host: AppInfo['host'];
  isDemo?: boolean;
  clock?: Clock;
  secrets?: SecretStore;
  mailer?: Mailer;
  launchImportWorker?: WorkerLauncher;
  // Named moments where the host may stop the process on purpose (crash tests).
  stopAt?: (moment: string) => void;
  // How long one sending pass may wait for pacing (cron: minutes; an open app: 0).
  passWaitMs?: number;
};

export type Booted = {
  handlers: Handlers;
  events: ReturnType<typeof createEventHub>;
  database: OpenedDatabase;
  // Keeps a file a person picked for import; the contract's imports.* methods then refer to it by id.
  stageFile: (fileName: string, bytes: Uint8Array) => StagedFile;
  imports: ImportJobs;
  scheduler: Scheduler;
  // Starts and stops planning on a timer and sending what is due, for a host that stays open.
  start: () => void;
  stop: () => Promise<void>;
  close: () => void;
};

const HOLDERS: Record<AppInfo['host'], string> = { electron: 'the Relance app', browser: 'the Relance browser host', cli: 'the relance command' };

export const appVersion: string = packageJson.version;

// Everything a host does at start: open and migrate the database, seed the demo, build core.
export const bootCore = (options: BootOptions): Booted => {
  const { dataDir, migrationsFolder, host, isDemo = false, clock = systemClock, launchImportWorker, stopAt } = options;
  const database = openDatabase({ file: databaseFile(dataDir, isDemo), migrationsFolder });
  upgradeEmailKeys(database.db.$client, clock.now().getTime());
  const events = createEventHub();
  const info: AppInfo = { version: appVersion, dataDir, isDemo, host };
  // Every host reads the same password: cron sends while the app is closed.
  const secrets = options.secrets ?? createSecretStore({ dataDir, keyring: nodeKeyring() });
  const ctx = { db: database.db, clock, secrets, events, info, launchImportWorker, mailer: options.mailer ?? nodemailerMailer, reader: imapReader, stopAt };
  if (isDemo) seedDemo(ctx);
  const stage = (fileName: string, bytes: Uint8Array) => stageFile(dataDir, fileName, bytes, clock.now().getTime());
  const imports = createImportJobs(ctx);
  const scheduler = createScheduler(ctx, { holder: HOLDERS[host], passWaitMs: options.passWaitMs ?? 0 });
  // An import that ran as a job (the app's worker) re-plans once it is saved.
  events.subscribe((event) => {
    if (event.type === 'imports.finished' && event.outcome === 'done') scheduler.replan();
  });
  return {
    handlers: createCore(ctx, scheduler, imports), events, database, stageFile: stage, imports, scheduler,
    start: scheduler.start, stop: scheduler.stop, close: database.close,
  };
};
