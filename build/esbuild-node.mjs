// How code that runs in Node's context is bundled: the desktop app's main process and import
// threads (build/bundle-electron.mjs), and the process the import benchmark measures as one
// (bench/import-host.ts), so that benchmark runs what the app runs.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  splitting: false,
  sourcemap: 'linked',
  logLevel: 'warning',
};

export const nodeSide = {
  ...common,
  // better-sqlite3 is a native module: it stays in node_modules, rebuilt for Electron when packaging.
  external: ['electron', 'better-sqlite3'],
  // db/data-dir.ts reads import.meta.url for the CLI's default migrations folder, which CommonJS
  // lacks. Electron always passes its own folder; this only keeps the value defined and the build quiet.
  define: { 'import.meta.url': '__relanceImportMetaUrl' },
  banner: { js: 'const __relanceImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};
