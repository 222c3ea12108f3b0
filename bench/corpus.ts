import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'bench-data');

// The standard corpus of docs/performance.md, generated once into bench-data/ (git-ignored).
export const ensureCorpus = (rows: number): { contacts: string; events: string } => {
  const files = { contacts: join(corpusDir, `contacts-${rows}.csv`), events: join(corpusDir, `events-${rows}.csv`) };
  if (existsSync(files.contacts) && existsSync(files.events)) return files;
  mkdirSync(corpusDir, { recursive: true });
  console.log(`Generating the ${rows.toLocaleString('en')}-contact corpus in bench-data/ …`);
  execFileSync(process.execPath, [join(root, '..', 'shared', 'corpora', 'gen-large.mjs'), '--rows', String(rows), '--out', corpusDir], { stdio: 'ignore' });
  return files;
};

export const timed = <T>(work: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
};

export const median = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

type Loader = { stageFile: (name: string, bytes: Buffer) => { fileId: string }; imports: { runNow: (request: { fileId: string; mapping: null; mode: 'update'; country: string }, dryRun: boolean) => Promise<unknown> } };

// The contacts then the events file through the import, as an owner would; the time it took.
export const loadCorpus = async (loader: Loader, corpus: { contacts: string; events: string }): Promise<number> => {
  let ms = 0;
  for (const file of [corpus.contacts, corpus.events]) {
    const staged = loader.stageFile(file.split('/').at(-1)!, readFileSync(file));
    const start = performance.now();
    await loader.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
    ms += performance.now() - start;
  }
  return ms;
};
