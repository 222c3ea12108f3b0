import { Worker } from 'node:worker_threads';

// A thread running one of these TypeScript files through worker-boot.mjs, which registers the
// TypeScript loader itself. `execArgv: []`: the thread does not take this process's own start
// options, such as the loader a host started with (which cost each thread 0.15 s to start).
// The thread reads `data` from workerData.data, as it does when started from a bundled file.
export const startTypeScriptThread = (entry: URL, data: unknown): Worker =>
  new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { entry: entry.href, data }, execArgv: [] });
