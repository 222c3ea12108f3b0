import { Worker } from 'node:worker_threads';
import { startTypeScriptThread } from '../imports/typescript-thread';
import type { ReportWorkerInput } from './report-worker-protocol';

// Hosts decide how a report worker starts, as they do the import worker: from TypeScript through
// tsx (sources, tests), or from a bundled CommonJS file (dist-electron/, dist-cli/).
export type ReportWorkerLauncher = (data: ReportWorkerInput) => Worker;

export const tsReportWorkerLauncher: ReportWorkerLauncher = (data) => startTypeScriptThread(new URL('./report-worker.ts', import.meta.url), data);

// `execArgv: []`: the thread does not take its host's own start options.
export const bundledReportWorkerLauncher =
  (workerFile: string): ReportWorkerLauncher =>
  (data) =>
    new Worker(workerFile, { workerData: { data }, execArgv: [] });
