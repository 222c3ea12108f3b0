import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_IMPORT_BYTES, type StagedFile } from '../../api';
import { fileError } from './read/file-error';
import { DAY_MS } from '../time-units';


// A file chosen for import is copied here first, so preview and commit read the same bytes
// whichever host received them (an HTTP upload, Electron IPC, a path on the command line).
const stagingDir = (dataDir: string): string => join(dataDir, 'staging');

export const stageFile = (dataDir: string, fileName: string, bytes: Uint8Array, now = Date.now()): StagedFile => {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const maxMb = String(MAX_IMPORT_BYTES / 2 ** 20);
    throw fileError('tooLarge', `${fileName} is larger than ${maxMb} MB. Split it into smaller files.`, { fileName, maxMb });
  }
  const dir = stagingDir(dataDir);
  mkdirSync(dir, { recursive: true });
  removeOldStagedFiles(dir, now);
  const fileId = randomUUID();
  const name = basename(fileName.replaceAll('\\', '/')).slice(0, 200) || 'file';
  writeFileSync(join(dir, fileId), bytes);
  writeFileSync(join(dir, `${fileId}.json`), JSON.stringify({ fileName: name, size: bytes.byteLength }));
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

const removeOldStagedFiles = (dir: string, now: number): void => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > DAY_MS) rmSync(path, { force: true });
  }
};
