// Builds the interface (vite build into dist/renderer) only when what it is built from changed
// since the last build: `npm start` and `npm run web` then reach their address in about a
// second rather than after a ten-second build. The hash of those files is kept in
// dist/renderer-stamp.json (vite empties dist/renderer itself).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', 'renderer-stamp.json');
// The renderer's sources and index.html, the contract it imports, its build configuration and
// the installed packages.
const sources = ['renderer', 'api', 'vite.config.ts', 'package-lock.json', 'build/build-renderer.mjs'];

const filesUnder = (path) => {
  const stats = statSync(join(root, path), { throwIfNoEntry: false });
  if (!stats) return [];
  if (!stats.isDirectory()) return [path];
  return readdirSync(join(root, path))
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => filesUnder(`${path}/${name}`));
};

export const rendererHash = () => {
  const hash = createHash('sha256');
  for (const file of sources.flatMap(filesUnder).sort()) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
};

const stampedHash = () => {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')).hash;
  } catch {
    return null;
  }
};

export const isRendererFresh = () => existsSync(join(root, 'dist', 'renderer', 'index.html')) && stampedHash() === rendererHash();

// True when it built or had nothing to do; false when vite failed (it said why).
export const buildRendererIfChanged = () => {
  if (isRendererFresh()) return true;
  // Hashed before the build: a file edited during it makes the next start build again.
  const hash = rendererHash();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) return false;
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(`${stampFile}.tmp`, `${JSON.stringify({ hash })}\n`);
  renameSync(`${stampFile}.tmp`, stampFile);
  return true;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!buildRendererIfChanged()) {
    console.error('Building the interface failed (see above).');
    process.exit(1);
  }
}
