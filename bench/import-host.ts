// The process bench/import.ts measures: one import run the way the desktop app's main process
// runs it when the Import screen starts one (bootCore, then the bundled import worker, which
// starts the writer thread). Bundled to CommonJS like main.cjs, so its memory is the app's own
// and not that of the TypeScript loader the benchmark itself runs under.
// Arguments: data folder, migrations folder, import worker file, staged file id.
import { resolve } from 'node:path';
import { makeImportWorkerLauncher } from '../electron/import-worker-launcher';
import { bootCore } from '../core/boot';
import type { JobResult } from '../core/imports/run-import-job';

export type HostReport = {
  seconds: number;
  // Resident memory once booted, before the import, and the highest it reached (whole process).
  idleRssMb: number;
  peakRssMb: number;
  preview: JobResult['preview'];
  events: number;
};

const rssMb = (bytes: number): number => Math.round(bytes / 2 ** 20);

const main = async (): Promise<void> => {
  const [dataDir, migrationsFolder, importWorker, fileId] = process.argv.slice(2) as [string, string, string, string];
  const booted = bootCore({ dataDir, migrationsFolder, host: 'electron', launchImportWorker: makeImportWorkerLauncher(resolve(importWorker)) });
  try {
    const idleRssMb = rssMb(process.memoryUsage.rss());
    const start = performance.now();
    const result = await booted.imports.runNow({ fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    const seconds = (performance.now() - start) / 1000;
    const report: HostReport = {
      seconds,
      idleRssMb,
      // maxRSS is in kilobytes on Linux.
      peakRssMb: rssMb(process.resourceUsage().maxRSS * 1024),
      preview: result.preview,
      events: result.commit?.events ?? 0,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    booted.close();
  }
};

void main();
