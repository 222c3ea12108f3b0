import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DomainError } from '../errors';
import type { SecretPlace, SecretStore } from '../ports';

// The OS keychain as this store needs it, sync like @napi-rs/keyring. Any call may throw: no
// keychain daemon (CI, servers), a locked keychain, a missing native binary.
export type KeyringPort = {
  get: (service: string, account: string) => string | null;
  set: (service: string, account: string, value: string) => void;
  delete: (service: string, account: string) => void;
};

export type SecretStoreOptions = { dataDir: string; keyring?: KeyringPort | null };

const SERVICE = 'Relance';
const FILE_NAME = 'secrets.json';
const OWNER_ONLY = 0o600;

type LoadedFile = { values: Map<string, string>; isDamaged: boolean };

const attempt = <T>(run: () => T, fallback: T): T => {
  try {
    return run();
  } catch {
    return fallback;
  }
};

const isMissing = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ENOENT';

// Two databases on one machine each keep their own password, so the account names the folder.
const folderId = (dataDir: string): string => createHash('sha256').update(dataDir).digest('hex').slice(0, 16);

// Reads and writes that cannot reach the keychain count as "not there"; the file takes over.
const keychainOf = (keyring: KeyringPort | null, dataDir: string) => {
  const prefix = folderId(dataDir);
  const account = (key: string) => `${prefix}:${key}`;
  return {
    read: (key: string): string | null => attempt(() => keyring?.get(SERVICE, account(key)) ?? null, null),
    write: (key: string, value: string): boolean => {
      if (keyring === null) return false;
      return attempt(() => {
        keyring.set(SERVICE, account(key), value);
        return true;
      }, false);
    },
    remove: (key: string): void => attempt(() => keyring?.delete(SERVICE, account(key)), undefined),
  };
};

// The parser's own message can quote the text, and the text is secrets: it is never passed on.
const parseSecrets = (text: string): Map<string, string> | null => {
  const parsed = attempt((): unknown => JSON.parse(text), undefined);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const entries = Object.entries(parsed);
  return entries.every(([, value]) => typeof value === 'string') ? new Map(entries as [string, string][]) : null;
};

// A file left readable by others (copied in, restored from a backup) is closed at first sight.
const keepOwnerOnly = (path: string): void => {
  try {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, OWNER_ONLY);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
};

const loadFile = (path: string): LoadedFile => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { values: new Map(), isDamaged: false };
    throw error;
  }
  keepOwnerOnly(path);
  const values = parseSecrets(text);
  return values ? { values, isDamaged: false } : { values: new Map(), isDamaged: true };
};

// A damaged file may still hold the only copy of a password a person can recover by hand.
const setAside = (path: string): void => {
  const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, aside);
  chmodSync(aside, OWNER_ONLY);
};

// A rename is durable only once the folder's entry is on disk (POSIX); Windows cannot open a folder.
const syncFolder = (folder: string): void => {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

// Readers (a cron job while the app saves) see the old file or the new one, never half of one.
const writeAtomically = (path: string, text: string): void => {
  const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', OWNER_ONLY);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    attempt(() => unlinkSync(temp), undefined);
    throw error;
  }
  // open's mode passes through the umask and only applies on creation; say it once more.
  chmodSync(path, OWNER_ONLY);
};

const secretFileOf = (dataDir: string) => {
  const path = join(dataDir, FILE_NAME);
  const save = ({ values, isDamaged }: LoadedFile): void => {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (isDamaged) setAside(path);
    writeAtomically(path, `${JSON.stringify(Object.fromEntries(values), null, 2)}\n`);
    syncFolder(dataDir);
  };
  return {
    read: (key: string): string | null => loadFile(path).values.get(key) ?? null,
    put: (key: string, value: string): void => {
      const file = loadFile(path);
      file.values.set(key, value);
      save(file);
    },
    remove: (key: string): void => {
      const file = loadFile(path);
      if (file.values.delete(key)) save(file);
    },
  };
};

const stuckInKeychain = (key: string): DomainError =>
  new DomainError(
    'CONFLICT',
    `The system keychain still holds an older value for “${key}” and Relance could not remove it. Unlock the keychain (or delete the “${SERVICE}” entry there) and try again.`,
  );

// One value in one place: the keychain when it takes it, else the owner-only file beside the
// database, so the CLI run by cron finds what the app saved with the same data folder.
export const createSecretStore = ({ dataDir, keyring = null }: SecretStoreOptions): SecretStore => {
  const folder = resolve(dataDir);
  const keychain = keychainOf(keyring, folder);
  const file = secretFileOf(folder);
  // The keychain is read first, so a value left there would hide the file's newer one.
  const clearKeychain = (key: string): void => {
    keychain.remove(key);
    if (keychain.read(key) !== null) throw stuckInKeychain(key);
  };
  return {
    get: async (key) => keychain.read(key) ?? file.read(key),
    set: async (key, value): Promise<SecretPlace> => {
      if (keychain.write(key, value)) {
        file.remove(key);
        return 'keychain';
      }
      clearKeychain(key);
      file.put(key, value);
      return 'file';
    },
    delete: async (key) => {
      clearKeychain(key);
      file.remove(key);
    },
    locate: async (key) => {
      if (keychain.read(key) !== null) return 'keychain';
      return file.read(key) !== null ? 'file' : null;
    },
  };
};
