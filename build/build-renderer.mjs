// Builds the interface (vite build into dist/renderer) only when what it is built from changed
// since the last build: `npm start` and `npm run web` then reach their address in about a
// second rather than after a ten-second build. Their stamp is kept in dist/renderer-stamp.json
// (content-stamp.mjs; vite empties dist/renderer itself).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStampFresh, stampOf, writeAtomically } from './content-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', 'renderer-stamp.json');
// The renderer's sources and index.html, the contract it imports, its build configuration and
// the installed packages.
const sources = ['renderer', 'api', 'vite.config.ts', 'package-lock.json', 'build/build-renderer.mjs', 'build/content-stamp.mjs'];

const filesUnder = (path) => {
  const stats = statSync(join(root, path), { throwIfNoEntry: false });
  if (!stats) return [];
  if (!stats.isDirectory()) return [path];
  return readdirSync(join(root, path), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(`${path}/${entry.name}`) : [`${path}/${entry.name}`]));
};

// Listing the folders costs a few milliseconds; reading every file is left to when one moved.
const sourceFiles = () => sources.flatMap(filesUnder).sort();

export const isRendererFresh = () => existsSync(join(root, 'dist', 'renderer', 'index.html')) && isStampFresh(root, stampFile, sourceFiles());

// True when it built or had nothing to do; false when vite failed (it said why).
export const buildRendererIfChanged = () => {
  if (isRendererFresh()) return true;
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) return false;
  // A file edited while vite ran may be in the build as it was before (or as it was then):
  // stamped without a hash, so the next start builds again.
  writeAtomically(stampFile, `${JSON.stringify(stampOf(root, sourceFiles(), started))}\n`);
  return true;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!buildRendererIfChanged()) {
    console.error('Building the interface failed (see above).');
    process.exit(1);
  }
}
