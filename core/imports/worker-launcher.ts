import { Worker } from 'node:worker_threads';
import type { WorkerInput } from './worker-protocol';

// Hosts decide how the import worker starts: from TypeScript through tsx here, from the
// bundled file in the desktop app (electron/ passes its own launcher).
export type WorkerLauncher = (data: WorkerInput) => Worker;

export const tsWorkerLauncher: WorkerLauncher = (data) =>
  new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./import-worker.ts', import.meta.url).href, data },
    // worker-boot.mjs registers the TypeScript loader itself: not loaded twice.
    execArgv: [],
  });
