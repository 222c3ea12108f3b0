import { Worker } from 'node:worker_threads';
import { startTypeScriptThread } from './typescript-thread';
import type { WorkerInput } from './worker-protocol';

// Hosts decide how the import worker starts: from TypeScript through tsx here, or from a bundled
// CommonJS file (the desktop app's dist-electron/, the command line's dist-cli/).
export type WorkerLauncher = (data: WorkerInput) => Worker;

export const tsWorkerLauncher: WorkerLauncher = (data) => startTypeScriptThread(new URL('./import-worker.ts', import.meta.url), data);

// A bundled worker file; `execArgv: []`: the thread does not take its host's own start options.
export const bundledWorkerLauncher =
  (workerFile: string): WorkerLauncher =>
  (data) =>
    new Worker(workerFile, { workerData: { data }, execArgv: [] });
