import type { ImportJob, ImportPhase, JobResult } from './run-import-job';

export type WorkerInput = { dbFile: string; job: ImportJob; cancel: SharedArrayBuffer };

export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'done'; result: JobResult }
  | { type: 'cancelled'; message: string }
  | { type: 'failed'; message: string };
