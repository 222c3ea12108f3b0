// The process bench/import.ts measures: one import run the way the desktop app's main process
// runs it when the Import screen starts one (bootCore, then the bundled import worker, which
// starts the writer thread). Bundled to CommonJS like main.cjs, so its memory is the app's own
// and not that of the TypeScript loader the benchmark itself runs under.
// Arguments: data folder, migrations folder, import worker file, then `stage FILE` (prints the
// staged file's id and this process's peak) or `import FILE_ID` (prints a HostReport). Two
// processes, as the app stages a dropped file well before the person starts its import.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

export type StageReport = { fileId: string; peakRssMb: number };

const main = async (): Promise<void> => {
  const [dataDir, migrationsFolder, importWorker, action, target] = process.argv.slice(2) as [string, string, string, 'stage' | 'import', string];
  // The writer thread is bundled beside the import worker (build/bundle-electron.mjs).
  const importWriterFile = join(dirname(resolve(importWorker)), 'import-writer.cjs');
  const booted = bootCore({ dataDir, migrationsFolder, host: 'electron', launchImportWorker: makeImportWorkerLauncher(resolve(importWorker)), importWriterFile });
  try {
    if (action === 'stage') {
      // As the desktop app's main process stages a dropped file: from its bytes.
      const { fileId } = booted.stageFile(basename(target), readFileSync(target));
      const report: StageReport = { fileId, peakRssMb: peakRssMb() };
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return;
    }
    const fileId = target;
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
