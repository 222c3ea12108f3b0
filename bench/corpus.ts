import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'bench-data');

// The standard corpus of DESIGN.md §7, generated once into bench-data/ (git-ignored).
export const ensureCorpus = (rows: number): { contacts: string; events: string } => {
  const files = { contacts: join(corpusDir, `contacts-${rows}.csv`), events: join(corpusDir, `events-${rows}.csv`) };
  if (existsSync(files.contacts) && existsSync(files.events)) return files;
  mkdirSync(corpusDir, { recursive: true });
  console.log(`Generating the ${rows.toLocaleString('en')}-contact corpus in bench-data/ …`);
  execFileSync(process.execPath, [join(root, '..', 'shared', 'corpora', 'gen-large.mjs'), '--rows', String(rows), '--out', corpusDir], { stdio: 'ignore' });
  return files;
};
