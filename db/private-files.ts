import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The database, its WAL, staged imports and backups hold personal data: they are the owner's
// alone (docs/security.md), whatever the umask of the shell that started Relance.
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

// Windows has no such modes: Node's chmod only toggles read-only there, so nothing is changed.
const hasModes = process.platform !== 'win32';

export const makePrivateFolder = (dir: string): void => {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  if (hasModes) chmodSync(dir, PRIVATE_FOLDER);
};

export const makePrivateFile = (file: string): void => {
  if (hasModes && existsSync(file)) chmodSync(file, PRIVATE_FILE);
};

// What Relance writes in its data folder; a folder chosen with --data-dir may hold other files,
// which are left alone.
const isRelanceEntry = (name: string): boolean =>
  /^relance(-demo)?\.db(-wal|-shm|-journal)?$/.test(name) || ['secrets.json', 'staging', 'backups'].includes(name) || /^\.relance/.test(name);

const tightenTree = (path: string): void => {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== PRIVATE_FOLDER) chmodSync(path, PRIVATE_FOLDER);
    for (const name of readdirSync(path)) tightenTree(join(path, name));
  } else if (stat.isFile() && (stat.mode & 0o777) !== PRIVATE_FILE) {
    chmodSync(path, PRIVATE_FILE);
  }
};

// At start: a data folder made by an earlier version (0755 folders, 0644 files) is brought to
// owner-only. A shared folder (sticky, like /tmp) keeps its own mode; Relance's files in it do not.
export const tightenDataFolder = (dataDir: string): void => {
  if (!hasModes) return;
  makeDataFolder(dataDir);
  for (const name of readdirSync(dataDir)) if (isRelanceEntry(name)) tightenTree(join(dataDir, name));
};

// The folder the database lives in: made owner-only, unless it is a shared one (sticky, like
// /tmp) or someone else's, whose mode is not Relance's to change.
export const makeDataFolder = (dir: string): void => {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  if (!hasModes) return;
  const stat = statSync(dir);
  const isShared = (stat.mode & 0o1000) !== 0;
  const isOurs = process.getuid?.() === undefined || stat.uid === process.getuid();
  if (!isShared && isOurs && (stat.mode & 0o777) !== PRIVATE_FOLDER) chmodSync(dir, PRIVATE_FOLDER);
};
