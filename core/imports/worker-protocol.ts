import type { ImportJob, JobResult } from './run-import-job';

export type WorkerInput = { dbFile: string; job: ImportJob; cancel: SharedArrayBuffer };

export type WorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'checking' | 'writing'; done: number; total: number }
  | { type: 'done'; result: JobResult }
  | { type: 'cancelled'; message: string }
  | { type: 'failed'; message: string };
