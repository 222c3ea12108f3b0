// Whether a build is still what its sources would give: the command's bundle (bundle-cli.mjs)
// and the interface (build-renderer.mjs) each keep a stamp of the files they were built from,
// with each file's size and modification time and a hash of all their contents. A start whose
// files all have the stamp's sizes and times reads none of them (hashing the interface's ~400
// sources took ~60 ms of every `npm start`); when one moved, the contents decide, so a checkout
// that touched files without changing them does not rebuild.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// Size, modification and change times of each file (repo-relative); '' for one that is gone.
// The change time because a copy that keeps times (`cp -p`, `rsync -a`, `touch -r`) can put a
// same-size edit back at its old modification time, while no program can set ctime back.
export const statsOf = (root, files) =>
  files.map((file) => {
    const stats = statSync(join(root, file), { throwIfNoEntry: false });
    return stats ? `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : '';
  });

// The hash of the contents of `files`, or null when one is gone. node:crypto is loaded only
// here: a start whose stamp holds never pays for it.
export const hashOf = (root, files) => {
  const { createHash } = require('node:crypto');
  const hash = createHash('sha256');
  for (const file of files) {
    try {
      hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
    } catch {
      return null;
    }
  }
  return hash.digest('hex');
};

export const readStamp = (stampFile) => {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
};

// Written under a temporary name and renamed into place, so a process starting meanwhile reads
// a whole file or the previous one, never half of one.
export const writeAtomically = (file, contents) => {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
};

// The stamp of `files` as they are now. A file modified at or after `since` (a build's start)
// may be in the build as it was before: no hash then, so the next start builds again.
export const stampOf = (root, files, since = Infinity) => {
  const stats = statsOf(root, files);
  const isEditedMeanwhile = files.some((file) => (statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= since);
  return { files, stats, hash: isEditedMeanwhile ? null : hashOf(root, files) };
};

// True when `files` are the ones stamped, with the same contents. When only their times moved,
// the stamp takes the new ones, so the next start is back to comparing sizes and times.
export const isStampFresh = (root, stampFile, files, stamp = readStamp(stampFile)) => {
  if (!stamp?.hash || !Array.isArray(stamp.files) || JSON.stringify(stamp.files) !== JSON.stringify(files)) return false;
  const stats = statsOf(root, files);
  if (JSON.stringify(stats) === JSON.stringify(stamp.stats)) return true;
  if (hashOf(root, files) !== stamp.hash) return false;
  try {
    writeAtomically(stampFile, `${JSON.stringify({ ...stamp, stats })}\n`);
  } catch {
    // A read-only install: the next start compares the contents again.
  }
  return true;
};
