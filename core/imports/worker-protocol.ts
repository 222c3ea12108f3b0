import type { ErrorCode, FieldIssue } from '../../api';
import type { ImportJob, ImportPhase, JobResult } from './run-import-job';

// `writerFile`: the host's bundled writer thread, null for the TypeScript source (writers.ts).
export type WorkerInput = { dbFile: string; job: ImportJob; cancel: SharedArrayBuffer; writerFile: string | null };

export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'done'; result: JobResult }
  | { type: 'cancelled'; message: string }
  // A refused file keeps its code and rule across the thread (read/file-error.ts).
  | { type: 'failed'; message: string; code?: ErrorCode; issues?: FieldIssue[] };
