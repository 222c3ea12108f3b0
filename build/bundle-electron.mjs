// Bundles the Electron main process and preload into dist-electron/ (npm run build:electron).
// The preload runs sandboxed, where only a single CommonJS file works and the only module it
// may require is electron (Electron sandbox.md, esm.md); the check below enforces that.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist-electron`;

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  splitting: false,
  sourcemap: 'linked',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: `${outDir}/main.cjs`,
  // better-sqlite3 is a native module: it stays in node_modules, rebuilt for Electron when packaging.
  external: ['electron', 'better-sqlite3'],
  // db/data-dir.ts reads import.meta.url for the CLI's default migrations folder, which CommonJS
  // lacks. Electron always passes its own folder; this only keeps the value defined and the build quiet.
  define: { 'import.meta.url': '__relanceImportMetaUrl' },
  banner: { js: 'const __relanceImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: `${outDir}/preload.cjs`,
  external: ['electron'],
  // It carries zod (through the contract's method list) and is parsed on every window load.
  minify: true,
});

// The root package.json says "type": "module"; this keeps any .js in here CommonJS as well.
await mkdir(outDir, { recursive: true });
await writeFile(`${outDir}/package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

const preload = await readFile(`${outDir}/preload.cjs`, 'utf8');
const requires = [...preload.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((match) => match[0]);
const forbidden = requires.filter((call) => call !== 'require("electron")');
if (forbidden.length > 0) {
  console.error(`dist-electron/preload.cjs must require nothing but electron, yet it contains: ${[...new Set(forbidden)].join(', ')}`);
  console.error('A sandboxed preload cannot load other modules; bundle them in or move the code to main.');
  process.exit(1);
}
// Run it once in a bare context shaped like Electron's sandbox (a require that knows only electron),
// so a preload that crashes on load fails here rather than as an empty window.
let exposed = null;
const electronStub = {
  contextBridge: { exposeInMainWorld: (name, api) => (exposed = { name, keys: Object.keys(api).sort().join(',') }) },
  ipcRenderer: { invoke: async () => null, on: () => {}, removeListener: () => {} },
};
const sandboxRequire = (id) => {
  if (id === 'electron') return electronStub;
  throw new Error(`a sandboxed preload cannot require "${id}"`);
};
const preloadModule = { exports: {} };
const { platform, arch, versions } = process;
runInNewContext(preload, { require: sandboxRequire, module: preloadModule, exports: preloadModule.exports, console, process: { platform, arch, versions, env: {}, argv: [] } }, { filename: 'preload.cjs' });
if (exposed?.name !== 'relance' || exposed.keys !== 'invoke,on') {
  console.error(`dist-electron/preload.cjs should expose window.relance with invoke and on; it exposed ${JSON.stringify(exposed)}.`);
  process.exit(1);
}

console.log(`Bundled dist-electron/main.cjs and dist-electron/preload.cjs (preload requires only electron).`);
