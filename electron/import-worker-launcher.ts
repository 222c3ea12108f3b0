// The desktop app starts the import worker from its bundled CommonJS file (built next to main.cjs
// by build/bundle-electron.mjs), as the command line does from dist-cli/.
export { bundledWorkerLauncher as makeImportWorkerLauncher } from '../core/imports/worker-launcher';
