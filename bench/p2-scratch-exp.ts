import { join } from 'node:path';
import { cliOutDir } from '../build/bundle-cli.mjs';
import { connectToRead } from '../db/connection';
import { computePart } from '../core/reports/report-parts';
import { programSteps } from '../core/reports/program-steps';
import { reportRange } from '../core/reports/report-range';
import { bundledReportWorkerLauncher } from '../core/reports/report-worker-launcher';
import { createReportWorkers } from '../core/reports/report-workers';
import { defaultAttributionDays } from '../api';

const file = join(process.argv[2]!, 'relance.db');
const range = reportRange({ from: '2025-01-01', to: '2025-12-31' }, Date.parse('2025-12-31T12:00:00Z'), 'Europe/Paris');
const request = { range, settings: { attributionDays: defaultAttributionDays, fiscalYearStartMonth: 1, timeZone: 'Europe/Paris' } };
const main = connectToRead(file);
const t0 = performance.now();
const workers = createReportWorkers(bundledReportWorkerLauncher(join(cliOutDir, 'report-worker.cjs')), file);
workers.warm();
await new Promise((r) => setTimeout(r, 1000));
console.log('warm started', (performance.now() - t0).toFixed(0));
for (let i = 0; i < 8; i += 1) {
  const s = performance.now();
  const at: Record<string, number> = {};
  const a = workers.run(0, { part: 'funnel', ...request }).then(() => (at.funnel = performance.now() - s));
  const b = workers.run(1, { part: 'donors', ...request }).then(() => (at.donors = performance.now() - s));
  programSteps(main, range, defaultAttributionDays);
  at.programs = performance.now() - s;
  await Promise.all([a, b]);
  console.log(`round ${i}: total ${(performance.now() - s).toFixed(0)}`, JSON.stringify(Object.fromEntries(Object.entries(at).map(([k, v]) => [k, Math.round(v)]))));
}
for (const part of ['funnel', 'donors'] as const) {
  const s = performance.now();
  computePart(main, part, request);
  console.log(part, 'alone here', (performance.now() - s).toFixed(0));
}
workers.close();
main.close();
