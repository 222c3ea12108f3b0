import { fileURLToPath } from 'node:url';
import { bundledReportWorkerLauncher, tsReportWorkerLauncher, type ReportWorkerLauncher } from '../core/reports/report-worker-launcher';

// How the browser host starts a Reports page worker: from the CommonJS file bundled beside this
// code in dist-cli/ (build/bundle-cli.mjs), or from the TypeScript source when run through tsx.
// `relance report` reads one page and passes none: a thread started after it would serve nothing.
export const reportWorkerLauncher = (): ReportWorkerLauncher => {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return tsReportWorkerLauncher;
  return bundledReportWorkerLauncher(fileURLToPath(new URL('./report-worker.cjs', here)));
};
