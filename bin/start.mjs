#!/usr/bin/env node
// `npm start [-- --demo --data-dir DIR]`: builds the interface if it changed, then opens Relance in Electron
// when its binary is on this machine, or in the browser host when it is not (docs/architecture.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRendererIfChanged } from '../build/build-renderer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const electronPackage = join(root, 'node_modules', 'electron');

// Runs `node <script> ...` in the repo and stops here, with its exit code, if it fails.
const runNodeOrExit = (script, scriptArgs, what) => {
  const result = spawnSync(process.execPath, [join(root, script), ...scriptArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${what} failed (see above), so Relance was not started.`);
    process.exit(result.status ?? 1);
  }
};

// Mirrors node_modules/electron/index.js, without its side effect of downloading.
const electronBinary = () => {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relative || 'electron');
  if (!relative) return null;
  const binary = join(electronPackage, 'dist', relative);
  return existsSync(binary) ? binary : null;
};

// electron >= 42 downloads its binary the first time it is required; give that one chance.
const tryDownloadElectron = () =>
  new Promise((resolve) => {
    const notice = setTimeout(() => console.log("Downloading Electron's binary (first run only)..."), 3000);
    const child = spawn(process.execPath, ['-e', "require('electron')"], { cwd: root, stdio: 'ignore', timeout: 60_000 });
    child.on('error', () => resolve());
    child.on('exit', () => {
      clearTimeout(notice);
      resolve();
    });
  });

// The child owns the terminal: Ctrl+C reaches it directly, a kill of this process is passed on.
const runChild = (command, childArgs, env = process.env) => {
  const child = spawn(command, childArgs, { cwd: root, stdio: 'inherit', env });
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

// Built again only when its sources changed (build/build-renderer.mjs).
if (!buildRendererIfChanged()) {
  console.error('Building the interface failed (see above), so Relance was not started.');
  process.exit(1);
}

let binary = electronBinary();
// A failed download is tried again a day later, not on every start: it cost each `npm start`
// about 3 s on a machine that cannot reach the download (node_modules/.cache, never a data folder).
const failedDownload = join(root, 'node_modules', '.cache', 'relance', 'electron-download-failed');
const DOWNLOAD_RETRY_MS = 24 * 3600 * 1000;
const hasFailedLately = () => existsSync(failedDownload) && Date.now() - statSync(failedDownload).mtimeMs < DOWNLOAD_RETRY_MS;
if (binary === null && !hasFailedLately()) {
  await tryDownloadElectron();
  binary = electronBinary();
  if (binary === null) {
    mkdirSync(dirname(failedDownload), { recursive: true });
    writeFileSync(failedDownload, `${new Date().toISOString()}\n`);
  }
}

if (binary !== null) {
  runNodeOrExit('build/bundle-electron.mjs', [], 'Bundling the Electron code');
  // ELECTRON_RUN_AS_NODE inherited from a parent tool would make Electron start as plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  runChild(binary, ['.', ...args], env);
} else {
  console.log("Electron's binary is not available on this machine (its download failed), so Relance opens in your browser instead.");
  runChild(process.execPath, [join(root, 'bin', 'relance.mjs'), 'web', ...args]);
}
