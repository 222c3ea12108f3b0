import type { AppInfo } from '../api';
import type { Db } from '../db/open-database';
import type { WorkerLauncher } from './imports/worker-launcher';
import type { MailReader } from './mail/imap-reader';
import type { Mailer } from './mail/smtp-mailer';
import type { ReportWorkers } from './reports/report-workers';
import type { Clock, EventSink, SecretStore } from './ports';

// What every core function receives: the database and the ports of the host it runs in.
export type CoreContext = {
  db: Db;
  clock: Clock;
  secrets: SecretStore;
  events: EventSink;
  info: AppInfo;
  // Absent: imports run in the calling thread (CLI, tests).
  launchImportWorker?: WorkerLauncher;
  // Where the host's bundle keeps the import writer thread; absent: the TypeScript source (tests).
  importWriterFile?: string;
  // Worker threads that read parts of the Reports page beside this thread; absent: all read here.
  reportWorkers?: ReportWorkers;
  mailer: Mailer;
  // Reads the owner's mailbox (IMAP) for replies, bounces and unsubscribes.
  reader: MailReader;
  // Named moments of sending (after-claim, after-sending-commit, after-answer) where a host may
  // stop the process on purpose: the crash tests kill it there to prove nothing goes twice.
  stopAt?: (moment: string) => void;
  // Where this build's migrations are: a restored backup from an older version is brought up to date.
  migrationsFolder?: string;
};
