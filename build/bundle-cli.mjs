// The `relance` command and the browser host as prebuilt JavaScript in dist-cli/: built by
// `npm install` (postinstall) and again by bin/relance.mjs whenever the sources it was built
// from changed, found by a hash of their contents kept in dist-cli/stamp.json. Running the
// TypeScript through tsx cost 2.4 s per `relance --help` and a transpile in every thread.
// `node build/bundle-cli.mjs` builds it by hand.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStampFresh, readStamp, stampOf, writeAtomically } from './content-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const cliOutDir = join(root, 'dist-cli');
const stampFile = join(cliOutDir, 'stamp.json');
const lockDir = join(cliOutDir, 'building.lock');
// What changes the bundle besides the sources esbuild reads: the installed packages, their
// patches and these build scripts.
const alwaysHashed = ['package-lock.json', 'build/bundle-cli.mjs', 'build/esbuild-node.mjs', 'build/content-stamp.mjs'];
// A build takes a few seconds; a lock older than this was left by a process that died.
const STALE_LOCK_MS = 120_000;

const patchFiles = () => {
  try {
    return readdirSync(join(root, 'patches')).map((name) => `patches/${name}`);
  } catch {
    return [];
  }
};

// The bundle's entry file when it was built from the sources as they are now, else null. Files
// whose size and time are those of the build are not read again (content-stamp.mjs): that keeps
// `relance --help` within a few milliseconds of the bundle's own start.
export const freshCliEntry = () => {
  const stamp = readStamp(stampFile);
  if (!Array.isArray(stamp?.inputs) || typeof stamp.entry !== 'string') return null;
  const files = [...stamp.inputs, ...alwaysHashed, ...patchFiles()];
  return isStampFresh(root, stampFile, files, stamp) ? join(cliOutDir, stamp.entry) : null;
};

const runBuild = async () => {
  const started = Date.now();
  const { build } = await import('esbuild');
  const { nodeSide } = await import('./esbuild-node.mjs');
  // The command as ES modules split by command, so `relance --help` loads only the help and
  // `send-due` never loads the importer (cli/main.ts imports each command when it runs).
  const cli = await build({
    absWorkingDir: root,
    entryPoints: { relance: 'cli/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: cliOutDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    // Native modules stay in node_modules, loaded from there at run time.
    external: ['electron', 'better-sqlite3', '@napi-rs/keyring'],
    // The CommonJS packages inside call require() for Node's own modules.
    banner: { js: "import { createRequire as __relanceRequire } from 'node:module'; const require = __relanceRequire(import.meta.url);" },
    minify: true,
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // The import worker (the browser host's imports), the writer thread of a big import and the
  // Reports page's workers, as the desktop app bundles them: found beside the command's bundle,
  // whose paths the host hands to core (cli/import-worker-launcher.ts, cli/report-worker-launcher.ts).
  const threads = await build({
    ...nodeSide,
    entryPoints: { 'import-worker': 'core/imports/import-worker.ts', 'import-writer': 'core/imports/writer-thread.ts', 'report-worker': 'core/reports/report-worker.ts' },
    outdir: cliOutDir,
    outExtension: { '.js': '.cjs' },
    external: [...nodeSide.external, '@napi-rs/keyring'],
    minify: true,
    metafile: true,
    write: false,
  });
  const outputs = [...cli.outputFiles, ...threads.outputFiles];
  const inputs = [...new Set([...Object.keys(cli.metafile.inputs), ...Object.keys(threads.metafile.inputs)])]
    .filter((input) => !input.includes('node_modules/'))
    .sort();
  writeAtomically(join(cliOutDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  for (const output of outputs) writeAtomically(output.path, output.contents);
  const kept = new Set([...outputs.map((output) => output.path), join(cliOutDir, 'package.json'), stampFile, lockDir]);
  for (const name of readdirSync(cliOutDir)) {
    const file = join(cliOutDir, name);
    // Older builds' chunks; a `relance web` still running from one keeps what it already loaded.
    if (!kept.has(file) && !name.endsWith('.tmp')) rmSync(file, { recursive: true, force: true });
  }
  // A file edited while esbuild ran may be in the bundle as it was before: stamped without a
  // hash, so the next run builds again.
  const stamp = stampOf(root, [...inputs, ...alwaysHashed, ...patchFiles()], started);
  writeAtomically(stampFile, `${JSON.stringify({ ...stamp, entry: 'relance.mjs', inputs })}\n`);
  return join(cliOutDir, 'relance.mjs');
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Builds unless another process is building: then waits for it and uses what it built.
export const buildCliBundle = async () => {
  mkdirSync(cliOutDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      } catch {}
      await sleep(100);
      const entry = freshCliEntry();
      if (entry) return entry;
      continue;
    }
    try {
      return await runBuild();
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
};

// The entry to run: the bundle as it is, or built first when the sources changed.
export const cliEntry = async () => freshCliEntry() ?? (await buildCliBundle());

// Where the bundle cannot be built (esbuild, a development dependency, not installed; a
// read-only install), null: bin/relance.mjs then runs the sources through tsx.
const CANNOT_BUILD = new Set(['ERR_MODULE_NOT_FOUND', 'EACCES', 'EPERM', 'EROFS']);

export const cliEntryUrl = async () => {
  try {
    return pathToFileURL(await cliEntry()).href;
  } catch (error) {
    if (CANNOT_BUILD.has(error?.code)) return null;
    throw error;
  }
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const entry = await buildCliBundle();
  console.log(`Bundled the relance command into ${relative(root, dirname(entry))}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
