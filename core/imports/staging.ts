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

type Slot = ReturnType<typeof newSlot>;

// Beside each staged file, what it is called and its size.
const descriptionOf = (dir: string, fileId: string): string => join(dir, `${fileId}.json`);

// A staged file and its description: once its import ended, or when its staging failed.
const removeStaged = (dir: string, fileId: string): void => {
  for (const path of [join(dir, fileId), descriptionOf(dir, fileId)]) rmSync(path, { force: true });
};

// Written last: a file without its description is one nobody can refer to (stagedFile), and is
// removed with the old ones.
const described = (slot: Slot, size: number): StagedFile => {
  try {
    writeFileSync(descriptionOf(slot.dir, slot.fileId), JSON.stringify({ fileName: slot.name, size }), { mode: PRIVATE_FILE });
  } catch (error) {
    removeStaged(slot.dir, slot.fileId);
    throw error;
  }
  return { fileId: slot.fileId, fileName: slot.name, size };
};

const staged = (dataDir: string, fileName: string, size: number, now: number, write: (path: string) => void): StagedFile => {
  if (size > MAX_IMPORT_BYTES) throw tooLarge(fileName);
  const slot = newSlot(dataDir, fileName, now);
  try {
    write(slot.path);
  } catch (error) {
    removeStaged(slot.dir, slot.fileId);
    throw error;
  }
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

export type StreamOptions = {
  // The size the sender said it would send: over the limit, refused before anything is written.
  declaredSize?: number;
  // Past the limit, whether the rest is read (and dropped) so that the sender hears the refusal
  // rather than a cut connection (an upload), or reading stops there (a pipe on the command
  // line, which may never end: `relance import /dev/zero`).
  readsToTheEnd?: boolean;
  now?: number;
};

// A file that arrives in pieces (an upload to the browser host, a pipe) is written piece by piece
// as it arrives: held whole, the 45 MB events file was in memory twice (its pieces, then joined)
// and stayed there until collected, well into its import (the host's peak, 472 MB against the
// command's 340). A file not written to its end (too large, a full disk, a sender gone) is removed.
export const stageStream = async (dataDir: string, fileName: string, body: AsyncIterable<Uint8Array>, options: StreamOptions = {}): Promise<StagedFile> => {
  const { declaredSize = 0, readsToTheEnd = true, now = Date.now() } = options;
  if (declaredSize > MAX_IMPORT_BYTES) throw tooLarge(fileName);
  const slot = newSlot(dataDir, fileName, now);
  const file = await open(slot.path, 'wx', PRIVATE_FILE);
  let size = 0;
  // The first thing that went wrong (the size, a full disk); the rest of the body is dropped.
  let failure: unknown = null;
  const giveUp = async (error: unknown): Promise<void> => {
    if (failure === null) failure = error;
    await file.close().catch(() => undefined);
    removeStaged(slot.dir, slot.fileId);
  };
  try {
    for await (const piece of body) {
      size += piece.byteLength;
      if (failure !== null) continue;
      if (size > MAX_IMPORT_BYTES) {
        await giveUp(tooLarge(fileName));
        if (!readsToTheEnd) break;
      }
      // writeFile, not write: a write may take only part of a piece (a full disk, a size limit).
      else await file.writeFile(piece).catch(giveUp);
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
  const meta = descriptionOf(dir, fileId);
  if (!/^[\w-]+$/.test(fileId) || !existsSync(meta)) {
    throw fileError('gone', 'This file is no longer available. Choose it again.', {}, 'NOT_FOUND');
  }
  const { fileName } = JSON.parse(readFileSync(meta, 'utf8')) as { fileName: string };
  return { path: join(dir, fileId), fileName };
};

// The copy of a file whose import ended (saved, dry run, cancelled or failed).
export const unstageFile = (dataDir: string, fileId: string): void => {
  if (/^[\w-]+$/.test(fileId)) removeStaged(stagingDir(dataDir), fileId);
};
