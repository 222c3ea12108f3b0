import { Worker } from 'node:worker_threads';
import type { WorkerLauncher } from '../core/imports/worker-launcher';

// The desktop app starts the import worker from its bundled CommonJS file (built next to main.cjs
// by build/bundle-electron.mjs); the Node hosts start the TypeScript source through tsx instead.
export const makeImportWorkerLauncher =
  (workerFile: string): WorkerLauncher =>
  (data) =>
    new Worker(workerFile, { workerData: { data } });
