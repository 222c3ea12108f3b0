import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerInput } from '../core/imports/worker-protocol';
import { makeImportWorkerLauncher } from './import-worker-launcher';

// A stand-in for dist-electron/import-worker.cjs: it reads workerData.data as the real worker
// does, sends it back, then raises the shared cancel flag to show the memory is shared, not copied.
const dir = mkdtempSync(join(tmpdir(), 'relance-worker-'));
const echoWorker = join(dir, 'echo-worker.cjs');
writeFileSync(
  echoWorker,
  `const { parentPort, workerData } = require('node:worker_threads');
const { data } = workerData;
parentPort.postMessage(data);
Atomics.store(new Int32Array(data.cancel), 0, 1);
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const firstMessage = (worker: Worker): Promise<unknown> =>
  new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
const exitCode = (worker: Worker): Promise<number> => new Promise((resolve) => worker.once('exit', resolve));

describe('makeImportWorkerLauncher', () => {
  it('starts the given file as a worker thread with the input under workerData.data', async () => {
    const cancel = new SharedArrayBuffer(4);
    const input: WorkerInput = {
      dbFile: '/data/relance.db',
      job: {
        fileId: 'f1',
        filePath: '/data/staging/f1',
        fileName: 'clients.csv',
        mapping: null,
        mode: 'update',
        country: 'FR',
        isDryRun: true,
        now: 1_764_000_000_000,
        timeZone: 'Europe/Paris',
      },
      cancel,
      writerFile: '/app/dist-electron/import-writer.cjs',
    };
    const worker = makeImportWorkerLauncher(echoWorker)(input);
    const echoed = await firstMessage(worker);
    expect(await exitCode(worker)).toBe(0);
    expect(echoed).toMatchObject({ dbFile: input.dbFile, job: input.job, writerFile: input.writerFile });
    expect(Atomics.load(new Int32Array(cancel), 0)).toBe(1);
  });

  it('reports a worker file that is missing as an error on the worker', async () => {
    const worker = makeImportWorkerLauncher(join(dir, 'missing.cjs'))({ dbFile: '', job: {} as never, cancel: new SharedArrayBuffer(4), writerFile: null });
    await expect(firstMessage(worker)).rejects.toThrow(/Cannot find module/);
  });
});
