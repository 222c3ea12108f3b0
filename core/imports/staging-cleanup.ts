import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HOUR_MS } from '../time-units';

// Apart from staging.ts, which reads the contract's limits: every start runs this, and
// `relance send-due` with nothing due must not load the contract for it.

// A file staged for import is kept while the person may still go on with its preview, an hour at most.
export const STAGED_KEPT_MS = HOUR_MS;

export const stagingDir = (dataDir: string): string => join(dataDir, 'staging');

// At start and at each new file: copies left by a host that stopped mid-import, or previews
// nobody went on with. A file staged in the last hour may be another open window's preview.
export const removeLeftoverStagedFiles = (dataDir: string, now: number): void => {
  const dir = stagingDir(dataDir);
  if (existsSync(dir)) removeOldStagedFiles(dir, now);
};

export const removeOldStagedFiles = (dir: string, now: number): void => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > STAGED_KEPT_MS) rmSync(path, { force: true, recursive: true });
  }
};
