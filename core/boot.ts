import type { AppInfo, Handlers, StagedFile } from '../api';
import type { OpenedDatabase } from '../db/open-database';
import packageJson from '../package.json';
import { createCore } from './create-core';
import { seedDemo } from './demo/seed-demo';
import { createImportJobs, type ImportJobs } from './imports/import-jobs';
import { stageCopy, stageFile, stageStream, type StreamOptions } from './imports/staging';
import type { WorkerLauncher } from './imports/worker-launcher';
import { imapReader } from './mail/imap-reader';
import { nodemailerMailer, type Mailer } from './mail/smtp-mailer';
import { createEventHub, systemClock, type Clock, type SecretStore } from './ports';
import { nodeKeyring } from './secrets/node-keyring';
import { createSecretStore } from './secrets/secret-store';
import { createScheduler, type Scheduler } from './schedule/scheduler';
import { createBackupTimer } from './backup/backup-timer';
import { guardHandlers } from './storage/guard-handlers';
import type { DatabaseHealth } from './storage/database-health';
import { openCoreDatabase } from './open-core-database';
import type { ReportWorkerLauncher } from './reports/report-worker-launcher';
import { createReportWorkers, type ReportWorkers } from './reports/report-workers';

export type BootOptions = {
  dataDir: string;
  migrationsFolder: string;
  host: AppInfo['host'];
  isDemo?: boolean;
  clock?: Clock;
  secrets?: SecretStore;
  mailer?: Mailer;
  launchImportWorker?: WorkerLauncher;
  // Where the host's bundle keeps the import writer thread (core/imports/writers.ts).
  importWriterFile?: string;
  // How a Reports page worker thread starts (core/reports/report-workers.ts); absent: the page is read in this thread.
  launchReportWorker?: ReportWorkerLauncher;
  // Named moments where the host may stop the process on purpose (crash tests).
  stopAt?: (moment: string) => void;
  // How long one sending pass may wait for pacing (cron: minutes; an open app: 0).
  passWaitMs?: number;
};

export type Booted = {
  handlers: Handlers;
  events: ReturnType<typeof createEventHub>;
  database: OpenedDatabase;
  // Whether the database may be written: damage found at start or later stops every write.
  health: DatabaseHealth;
  // Keeps a file a person picked for import; the contract's imports.* methods then refer to it by id.
  stageFile: (fileName: string, bytes: Uint8Array) => StagedFile;
  // The same for a file on this machine, copied from its path (the command line).
  stageCopy: (path: string) => StagedFile;
  // The same for a file that arrives in pieces (an upload), written as they arrive.
  stageStream: (fileName: string, body: AsyncIterable<Uint8Array>, options?: Omit<StreamOptions, 'now'>) => Promise<StagedFile>;
  imports: ImportJobs;
  scheduler: Scheduler;
  // The report worker threads, when the host handed in how to start them.
  reportWorkers: ReportWorkers | undefined;
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
  let isStarted = false;
  const { database, health } = openCoreDatabase({
    dataDir, migrationsFolder, isDemo, now: clock.now().getTime(), onDamaged: () => isStarted && (backups.stop(), void scheduler.stop()),
  });
  const events = createEventHub();
  const info: AppInfo = { version: appVersion, dataDir, isDemo, host };
  // Every host reads the same password: cron sends while the app is closed.
  const secrets = options.secrets ?? createSecretStore({ dataDir, keyring: nodeKeyring() });
  // Started on the first report, each worker on its own read-only connection to the same file.
  const reportWorkers = options.launchReportWorker && createReportWorkers(options.launchReportWorker, database.file);
  const ctx = { db: database.db, clock, secrets, events, info, launchImportWorker, importWriterFile: options.importWriterFile, reportWorkers, mailer: options.mailer ?? nodemailerMailer, reader: imapReader, stopAt, migrationsFolder };
  if (isDemo && !health.isDamaged()) seedDemo(ctx);
  // A copy that cannot be written (a full disk, a read-only folder) is refused in a sentence too.
  const explained = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw health.explain(error);
    }
  };
  const stage = (fileName: string, bytes: Uint8Array) => explained(() => stageFile(dataDir, fileName, bytes, clock.now().getTime()));
  const stageCopyOf = (path: string) => explained(() => stageCopy(dataDir, path, clock.now().getTime()));
  const stageArriving = (fileName: string, body: AsyncIterable<Uint8Array>, streamOptions: Omit<StreamOptions, 'now'> = {}) =>
    stageStream(dataDir, fileName, body, { ...streamOptions, now: clock.now().getTime() }).catch((error: unknown) => Promise.reject(health.explain(error)));
  const imports = createImportJobs(ctx);
  const scheduler = createScheduler(ctx, { holder: HOLDERS[host], passWaitMs: options.passWaitMs ?? 0 });
  // An import that ran as a job (the app's worker) re-plans once it is saved.
  events.subscribe((event) => {
    if (event.type === 'imports.finished' && event.outcome === 'done') scheduler.replan();
    // A backup restored over a damaged file: writing resumes once the file checks sound.
    if (event.type === 'backups.changed' && event.isRestored && health.isDamaged() && health.check() && isStarted) {
      scheduler.start();
      backups.start();
    }
  });
  // An open host also takes the daily backup and says it is running (`relance restore` waits for it to close).
  const backups = createBackupTimer(ctx, HOLDERS[host]);
  // app.info says at any moment whether the database was found damaged, for the window's notice.
  const handlers = { ...createCore(ctx, scheduler, imports), 'app.info': () => ({ ...info, damage: health.damage() }) };
  return {
    handlers: guardHandlers(handlers, health), events, database, health, stageFile: stage, stageCopy: stageCopyOf, stageStream: stageArriving, imports, scheduler, reportWorkers,
    start: () => {
      isStarted = true;
      // A damaged file is neither sent from nor backed up (a backup of it would fail its check).
      if (!health.isDamaged()) {
        scheduler.start();
        backups.start();
      }
      // A large file is checked once the host is up, on a report worker's thread when the host
      // has them, so neither the first screen nor the window's calls wait for it. Its report
      // workers then stay up (about 14 MB each): read in one thread, its first Reports page
      // would take about twice as long as the pages after it (docs/performance.md).
      if (!health.isSmall()) {
        setTimeout(() => {
          reportWorkers?.keepWarm();
          void health.checkAway(reportWorkers ? () => reportWorkers.checkFile(1) : undefined);
        }, 1000).unref();
      }
    },
    stop: () => (backups.stop(), scheduler.stop()),
    close: () => {
      reportWorkers?.close();
      database.close();
    },
  };
};
