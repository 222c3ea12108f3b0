// The desktop app starts the Reports page workers from their bundled CommonJS file (built next to
// main.cjs by build/bundle-electron.mjs), as it does the import worker.
export { bundledReportWorkerLauncher as makeReportWorkerLauncher } from '../core/reports/report-worker-launcher';
