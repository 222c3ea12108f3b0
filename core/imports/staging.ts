import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_IMPORT_BYTES, type StagedFile } from '../../api';
import { fileError } from './read/file-error';
import { makePrivateFolder, PRIVATE_FILE } from '../../db/private-files';
import { removeOldStagedFiles, stagingDir } from './staging-cleanup';

// A file chosen for import is copied here first, so preview and commit read the same bytes
// whichever host received them (an HTTP upload, Electron IPC, a path on the command line).
// The copy goes when the import ends, whatever the outcome (import-jobs.ts); one only previewed
// stays while the person may still go on with it, an hour at most (staging-cleanup.ts).

const tooLarge = (fileName: string): Error => {
  const maxMb = String(MAX_IMPORT_BYTES / 2 ** 20);
  return fileError('tooLarge', `${fileName} is larger than ${maxMb} MB. Split it into smaller files.`, { fileName, maxMb });
};

// Where a new file goes: its id, and the name it is shown under.
const newSlot = (dataDir: string, fileName: string, now: number) => {
  const dir = stagingDir(dataDir);
  makePrivateFolder(dir);
  removeOldStagedFiles(dir, now);
  const fileId = randomUUID();
  const name = basename(fileName.replaceAll('\\', '/')).slice(0, 200) || 'file';
  return { dir, fileId, name, path: join(dir, fileId) };
};

// Written last: a file without its description is one nobody can refer to (stagedFile), and is
// removed with the old ones.
const described = ({ dir, fileId, name }: ReturnType<typeof newSlot>, size: number): StagedFile => {
  writeFileSync(join(dir, `${fileId}.json`), JSON.stringify({ fileName: name, size }), { mode: PRIVATE_FILE });
  return { fileId, fileName: name, size };
};

const staged = (dataDir: string, fileName: string, size: number, now: number, write: (path: string) => void): StagedFile => {
  if (size > MAX_IMPORT_BYTES) throw tooLarge(fileName);
  const slot = newSlot(dataDir, fileName, now);
  write(slot.path);
  return described(slot, size);
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

// A file that arrives in pieces (an upload to the browser host) is written piece by piece as it
// arrives: held whole, the 45 MB events file was in memory twice (its pieces, then joined) and
// stayed there until collected, well into its import (the host's peak, 472 MB against the
// command's 340). Past the size limit the rest is still read, and dropped, so the sender hears
// the refusal rather than a cut connection; a file not written to its end is removed. A size the
// sender declared over the limit is refused before anything is written.
export const stageStream = async (dataDir: string, fileName: string, body: AsyncIterable<Uint8Array>, declaredSize = 0, now = Date.now()): Promise<StagedFile> => {
  if (declaredSize > MAX_IMPORT_BYTES) throw tooLarge(fileName);
  const slot = newSlot(dataDir, fileName, now);
  const file = await open(slot.path, 'wx', PRIVATE_FILE);
  let size = 0;
  // The first thing that went wrong (the size, a full disk): the rest of the body is read and
  // dropped, as leaving the loop early would cut the sender's connection before the answer.
  let failure: unknown = null;
  const giveUp = async (error: unknown): Promise<void> => {
    if (failure === null) failure = error;
    await file.close().catch(() => undefined);
    rmSync(slot.path, { force: true });
  };
  try {
    for await (const piece of body) {
      size += piece.byteLength;
      if (failure !== null) continue;
      if (size > MAX_IMPORT_BYTES) await giveUp(tooLarge(fileName));
      else await file.write(piece).catch(giveUp);
    }
    if (failure === null) await file.close().catch(giveUp);
    if (failure !== null) throw failure;
    return described(slot, size);
  } catch (error) {
    // The sender went away, or the description could not be written: nothing is left behind.
    if (failure === null) await giveUp(error);
    throw error;
  }
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
