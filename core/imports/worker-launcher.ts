import type { Worker } from 'node:worker_threads';
import { startTypeScriptThread } from './typescript-thread';
import type { WorkerInput } from './worker-protocol';

// Hosts decide how the import worker starts: from TypeScript through tsx here, from the
// bundled file in the desktop app (electron/ passes its own launcher).
export type WorkerLauncher = (data: WorkerInput) => Worker;

export const tsWorkerLauncher: WorkerLauncher = (data) => startTypeScriptThread(new URL('./import-worker.ts', import.meta.url), data);
