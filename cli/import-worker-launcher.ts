import { fileURLToPath } from 'node:url';
import { bundledWorkerLauncher, tsWorkerLauncher, type WorkerLauncher } from '../core/imports/worker-launcher';
import { tuneHeapForImports } from './heap-tuning';

// How the browser host starts an import worker: from the CommonJS file bundled beside this
// code in dist-cli/ (build/bundle-cli.mjs), or from the TypeScript source when run through tsx.
export const importWorkerLauncher = (): WorkerLauncher => {
  tuneHeapForImports();
  const here = import.meta.url;
  if (here.endsWith('.ts')) return tsWorkerLauncher;
  return bundledWorkerLauncher(fileURLToPath(new URL('./import-worker.cjs', here)));
};

// The writer thread of a big import, bundled beside this code as import-writer.cjs; from the
// TypeScript sources (tsx), undefined: core starts writer-thread.ts itself.
export const importWriterFile = (): string | undefined => {
  const here = import.meta.url;
  return here.endsWith('.ts') ? undefined : fileURLToPath(new URL('./import-writer.cjs', here));
};
