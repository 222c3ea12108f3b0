import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_IMPORT_BYTES, type StagedFile } from '../../api';
import { fileError } from './read/file-error';
import { makePrivateFolder, PRIVATE_FILE } from '../../db/private-files';
import { removeOldStagedFiles, stagingDir } from './staging-cleanup';

// A file chosen for import is copied here first, so preview and commit read the same bytes
// whichever host received them (an HTTP upload, Electron IPC, a path on the command line).
// The copy goes when the import ends, whatever the outcome (import-jobs.ts); one only previewed
// stays while the person may still go on with it, an hour at most (staging-cleanup.ts).

const staged = (dataDir: string, fileName: string, size: number, now: number, write: (path: string) => void): StagedFile => {
  if (size > MAX_IMPORT_BYTES) {
    const maxMb = String(MAX_IMPORT_BYTES / 2 ** 20);
    throw fileError('tooLarge', `${fileName} is larger than ${maxMb} MB. Split it into smaller files.`, { fileName, maxMb });
  }
  const dir = stagingDir(dataDir);
  makePrivateFolder(dir);
  removeOldStagedFiles(dir, now);
  const fileId = randomUUID();
  const name = basename(fileName.replaceAll('\\', '/')).slice(0, 200) || 'file';
  write(join(dir, fileId));
  writeFileSync(join(dir, `${fileId}.json`), JSON.stringify({ fileName: name, size }), { mode: PRIVATE_FILE });
  return { fileId, fileName: name, size };
};

export const stageFile = (dataDir: string, fileName: string, bytes: Uint8Array, now = Date.now()): StagedFile =>
  staged(dataDir, fileName, bytes.byteLength, now, (path) => writeFileSync(path, bytes, { mode: PRIVATE_FILE }));

// A file the command line is named is copied by the system: its bytes never pass through the
// process (the 45 MB events corpus was read, held until collected, and written again). The copy
// takes the file's permissions, then loses them (inside the owner-only staging folder).
export const stageCopy = (dataDir: string, sourcePath: string, now = Date.now()): StagedFile =>
  staged(dataDir, basename(sourcePath), statSync(sourcePath).size, now, (path) => {
    copyFileSync(sourcePath, path);
    chmodSync(path, PRIVATE_FILE);
  });

export const stagedFile = (dataDir: string, fileId: string): { path: string; fileName: string } => {
  const dir = stagingDir(dataDir);
  const meta = join(dir, `${fileId}.json`);
  if (!/^[\w-]+$/.test(fileId) || !existsSync(meta)) {
    throw fileError('gone', 'This file is no longer available. Choose it again.', {}, 'NOT_FOUND');
  }
  const { fileName } = JSON.parse(readFileSync(meta, 'utf8')) as { fileName: string };
  return { path: join(dir, fileId), fileName };
};

// The copy of a file whose import ended (saved, dry run, cancelled or failed).
export const unstageFile = (dataDir: string, fileId: string): void => {
  if (!/^[\w-]+$/.test(fileId)) return;
  for (const name of [fileId, `${fileId}.json`]) rmSync(join(stagingDir(dataDir), name), { force: true });
};
