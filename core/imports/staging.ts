import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_IMPORT_BYTES, type StagedFile } from '../../api';
import { fileError } from './read/file-error';
import { makePrivateFolder, PRIVATE_FILE } from '../../db/private-files';
import { removeOldStagedFiles, stagingDir } from './staging-cleanup';

// A file chosen for import is copied here first, so preview and commit read the same bytes
// whichever host received them (an HTTP upload, Electron IPC, a path on the command line).
// The copy goes when the import ends, whatever the outcome (import-jobs.ts); one only previewed
// stays while the person may still go on with it, an hour at most (staging-cleanup.ts).

export const stageFile = (dataDir: string, fileName: string, bytes: Uint8Array, now = Date.now()): StagedFile => {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const maxMb = String(MAX_IMPORT_BYTES / 2 ** 20);
    throw fileError('tooLarge', `${fileName} is larger than ${maxMb} MB. Split it into smaller files.`, { fileName, maxMb });
  }
  const dir = stagingDir(dataDir);
  makePrivateFolder(dir);
  removeOldStagedFiles(dir, now);
  const fileId = randomUUID();
  const name = basename(fileName.replaceAll('\\', '/')).slice(0, 200) || 'file';
  writeFileSync(join(dir, fileId), bytes, { mode: PRIVATE_FILE });
  writeFileSync(join(dir, `${fileId}.json`), JSON.stringify({ fileName: name, size: bytes.byteLength }), { mode: PRIVATE_FILE });
  return { fileId, fileName: name, size: bytes.byteLength };
};

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
