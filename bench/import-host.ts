// The process bench/import.ts measures: one import run the way the desktop app's main process
// runs it when the Import screen starts one (bootCore, then the bundled import worker, which
// starts the writer thread). Bundled to CommonJS like main.cjs, so its memory is the app's own
// and not that of the TypeScript loader the benchmark itself runs under.
// Arguments: data folder, migrations folder, import worker file, file to import.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
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

// This process's own high-water mark. Not process.resourceUsage().maxRSS: Linux carries that
// over fork and exec from the parent, so it would count the benchmark's memory too.
const peakRssMb = (): number => {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (line === null) throw new Error('/proc/self/status has no VmHWM line: the peak memory can only be read on Linux.');
  return rssMb(Number(line[1]) * 1024);
};

const main = async (): Promise<void> => {
  const [dataDir, migrationsFolder, importWorker, file] = process.argv.slice(2) as [string, string, string, string];
  const booted = bootCore({ dataDir, migrationsFolder, host: 'electron', launchImportWorker: makeImportWorkerLauncher(resolve(importWorker)) });
  try {
    // Staged as the desktop app's main process stages a dropped file, from its bytes; untimed,
    // as it happens before the preview, but its memory counts towards the peak.
    const { fileId } = booted.stageFile(basename(file), readFileSync(file));
    const idleRssMb = rssMb(process.memoryUsage.rss());
    const start = performance.now();
    const result = await booted.imports.runNow({ fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    const seconds = (performance.now() - start) / 1000;
    const report: HostReport = {
      seconds,
      idleRssMb,
      peakRssMb: peakRssMb(),
      preview: result.preview,
      events: result.commit?.events ?? 0,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    booted.close();
  }
};

void main();
