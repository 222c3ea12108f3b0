import { parentPort, workerData } from 'node:worker_threads';
import { connectTo } from '../../db/connection';
import { DomainError } from '../errors';
import { ImportCancelled } from './commit-import';
import { runImportJob, type ImportPhase, type JobHooks } from './run-import-job';
import type { WorkerInput, WorkerMessage } from './worker-protocol';
import { writerLauncher } from './writers';

// Runs one import on its own connection, so the window's host keeps answering (and keeps
// reading committed data through WAL) while a 100k-row file is parsed and written.
const { dbFile, job, cancel, writerFile } = (workerData as { data: WorkerInput }).data;
const flag = new Int32Array(cancel);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const PROGRESS_EVERY_MS = 100;

const sqlite = connectTo(dbFile);
let phase: ImportPhase = 'reading';
let lastProgress = 0;
// CommonJS (the desktop bundle) has no top-level await.
const run = async (): Promise<void> => {
  try {
    const hooks: JobHooks = {
      onPhase: (next) => {
        phase = next;
        post({ type: 'progress', phase, done: 0, total: 0 });
      },
      onProgress: (done, total) => {
        const now = Date.now();
        if (done === total || now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          post({ type: 'progress', phase, done, total });
        }
      },
      isCancelled: () => Atomics.load(flag, 0) === 1,
    };
    const result = await runImportJob(sqlite, job, hooks, writerLauncher(writerFile));
    post({ type: 'done', result });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ImportCancelled) post({ type: 'cancelled', message });
    else if (error instanceof DomainError) post({ type: 'failed', message, code: error.code, ...(error.issues && { issues: error.issues }) });
    else post({ type: 'failed', message });
  } finally {
    sqlite.close();
  }
};

void run();
