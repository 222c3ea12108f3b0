import { join } from 'node:path';
import { cliOutDir } from '../build/bundle-cli.mjs';
import { bootCore } from '../core/boot';
import { bundledReportWorkerLauncher } from '../core/reports/report-worker-launcher';
import { root } from './corpus';

const clock = { now: () => new Date(Date.parse('2025-12-31T12:00:00Z')) };
for (let k = 0; k < 2; k += 1) {
  const booted = bootCore({ dataDir: process.argv[2]!, migrationsFolder: join(root, 'db', 'migrations'), host: 'browser', clock, launchReportWorker: bundledReportWorkerLauncher(join(cliOutDir, 'report-worker.cjs')) });
  for (let i = 0; i < 4; i += 1) {
    const s = performance.now();
    await booted.handlers['reports.get']({ from: '2025-01-01', to: '2025-12-31' });
    console.error(`page ${i}: ${(performance.now() - s).toFixed(0)}`);
  }
  booted.close();
}
