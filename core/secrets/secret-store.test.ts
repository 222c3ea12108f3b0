import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeKeyring } from './node-keyring';
import { createSecretStore, type KeyringPort } from './secret-store';

const folders: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-secrets-'));
  folders.push(dir);
  return dir;
};
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// An OS keychain held in memory: the port is the OS, so a test may stand in for it.
const memoryKeyring = () => {
  const entries = new Map<string, string>();
  const id = (service: string, account: string) => `${service}\u0000${account}`;
  const port: KeyringPort = {
    get: (service, account) => entries.get(id(service, account)) ?? null,
    set: (service, account, value) => void entries.set(id(service, account), value),
    delete: (service, account) => void entries.delete(id(service, account)),
  };
  return { port, entries };
};

// What @napi-rs/keyring does on a machine with no keychain daemon.
const unreachable = (): Error => new Error("Couldn't access platform storage: AccessDenied");
const brokenKeyring: KeyringPort = {
  get: () => null,
  set: () => {
    throw unreachable();
  },
  delete: () => {
    throw unreachable();
  },
};

// The account the spec names: the key after the first 16 hex of the data folder's sha256.
const accountFor = (dir: string, key: string): string => `${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16)}:${key}`;
const fileValues = (dir: string): Record<string, string> => JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'));
const fileMode = (dir: string): number => statSync(join(dir, 'secrets.json')).mode & 0o777;
const isPosix = process.platform !== 'win32';

describe('the secret store, without a keychain', () => {
  it('keeps the value in the file when the keychain refuses it', async () => {
    const dir = tempDir();
    const store = createSecretStore({ dataDir: dir, keyring: brokenKeyring });
    expect(await store.set('smtp.password', 'hunter2')).toBe('file');
    expect(await store.get('smtp.password')).toBe('hunter2');
    expect(fileValues(dir)).toEqual({ 'smtp.password': 'hunter2' });
    // Another process (cron's `relance send-due`) with the same folder reads it too.
    expect(await createSecretStore({ dataDir: dir }).get('smtp.password')).toBe('hunter2');
  });

  it('creates the data folder and leaves no temporary file behind', async () => {
    const dir = join(tempDir(), 'not', 'yet');
    await createSecretStore({ dataDir: dir, keyring: null }).set('smtp.password', 'hunter2');
    expect(readdirSync(dir)).toEqual(['secrets.json']);
  });

  it.runIf(isPosix)('writes the file for its owner only, and closes one left open to others', async () => {
    const dir = tempDir();
    const store = createSecretStore({ dataDir: dir, keyring: brokenKeyring });
    await store.set('smtp.password', 'hunter2');
    expect(fileMode(dir)).toBe(0o600);
    chmodSync(join(dir, 'secrets.json'), 0o644);
    expect(await store.get('smtp.password')).toBe('hunter2');
    expect(fileMode(dir)).toBe(0o600);
  });

  it('keeps a damaged file aside instead of writing over it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secrets.json'), '{"smtp.password": "hunt', { mode: 0o644 });
    const store = createSecretStore({ dataDir: dir, keyring: brokenKeyring });
    expect(await store.get('smtp.password')).toBeNull();
    expect(await store.locate('smtp.password')).toBeNull();
    await store.delete('smtp.password');
    expect(readdirSync(dir)).toEqual(['secrets.json']);

    await store.set('imap.password', 'swordfish');
    const aside = readdirSync(dir).filter((name) => name.startsWith('secrets.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe('{"smtp.password": "hunt');
    if (isPosix) expect(statSync(join(dir, aside[0] ?? '')).mode & 0o777).toBe(0o600);
    expect(fileValues(dir)).toEqual({ 'imap.password': 'swordfish' });
  });

  it('treats JSON that is not a map of strings as damaged', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secrets.json'), '{"smtp.password": 42}');
    const store = createSecretStore({ dataDir: dir });
    expect(await store.get('smtp.password')).toBeNull();
    await store.set('smtp.password', 'hunter2');
    expect(readdirSync(dir).filter((name) => name.startsWith('secrets.json.damaged-'))).toHaveLength(1);
  });

  it('keeps a key named like a prototype as plain data', async () => {
    const store = createSecretStore({ dataDir: tempDir() });
    await store.set('__proto__', 'hunter2');
    expect(await store.get('__proto__')).toBe('hunter2');
    expect(await store.get('toString')).toBeNull();
  });
});

describe('the secret store, with a keychain', () => {
  it('keeps the value in the keychain, not in the file', async () => {
    const dir = tempDir();
    const keychain = memoryKeyring();
    const store = createSecretStore({ dataDir: dir, keyring: keychain.port });
    expect(await store.set('smtp.password', 'hunter2')).toBe('keychain');
    expect(await store.get('smtp.password')).toBe('hunter2');
    expect([...keychain.entries.keys()]).toEqual([`Relance\u0000${accountFor(dir, 'smtp.password')}`]);
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
  });

  it('removes the file copy once the keychain holds the value', async () => {
    const dir = tempDir();
    const keychain = memoryKeyring();
    await createSecretStore({ dataDir: dir, keyring: brokenKeyring }).set('smtp.password', 'old');
    await createSecretStore({ dataDir: dir, keyring: brokenKeyring }).set('imap.password', 'other');
    const store = createSecretStore({ dataDir: dir, keyring: keychain.port });
    expect(await store.locate('smtp.password')).toBe('file');
    expect(await store.set('smtp.password', 'new')).toBe('keychain');
    expect(await store.locate('smtp.password')).toBe('keychain');
    expect(fileValues(dir)).toEqual({ 'imap.password': 'other' });
    expect(await store.get('smtp.password')).toBe('new');
  });

  it('says where each value is', async () => {
    const dir = tempDir();
    const keychain = memoryKeyring();
    await createSecretStore({ dataDir: dir, keyring: null }).set('in.file', 'a');
    const store = createSecretStore({ dataDir: dir, keyring: keychain.port });
    await store.set('in.keychain', 'b');
    expect(await store.locate('in.file')).toBe('file');
    expect(await store.locate('in.keychain')).toBe('keychain');
    expect(await store.locate('nowhere')).toBeNull();
  });

  it('deletes from both places', async () => {
    const dir = tempDir();
    const keychain = memoryKeyring();
    await createSecretStore({ dataDir: dir, keyring: null }).set('smtp.password', 'in-file');
    // Both places at once, as after a crash between the keychain write and the file's cleanup.
    keychain.port.set('Relance', accountFor(dir, 'smtp.password'), 'in-keychain');
    const store = createSecretStore({ dataDir: dir, keyring: keychain.port });
    expect(await store.get('smtp.password')).toBe('in-keychain');

    await store.delete('smtp.password');
    expect(await store.get('smtp.password')).toBeNull();
    expect(await store.locate('smtp.password')).toBeNull();
    expect(keychain.entries.size).toBe(0);
    expect(fileValues(dir)).toEqual({});
  });

  it('does not share a keychain value between two data folders', async () => {
    const keychain = memoryKeyring();
    const first = createSecretStore({ dataDir: tempDir(), keyring: keychain.port });
    const second = createSecretStore({ dataDir: tempDir(), keyring: keychain.port });
    await first.set('smtp.password', 'first');
    expect(await second.get('smtp.password')).toBeNull();
    await second.set('smtp.password', 'second');
    expect(await first.get('smtp.password')).toBe('first');
    expect(keychain.entries.size).toBe(2);
  });

  it('refuses to save to the file while an older keychain value it cannot remove would hide it', async () => {
    const dir = tempDir();
    const keychain = memoryKeyring();
    const store = createSecretStore({ dataDir: dir, keyring: keychain.port });
    await store.set('smtp.password', 'old-secret');
    // The keychain became read-only (locked, say): it still answers, but takes no change.
    const locked: KeyringPort = { ...keychain.port, set: brokenKeyring.set, delete: brokenKeyring.delete };
    const lockedStore = createSecretStore({ dataDir: dir, keyring: locked });
    const saving = lockedStore.set('smtp.password', 'new-secret');
    await expect(saving).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(String(await saving.catch((caught: unknown) => caught))).not.toMatch(/old-secret|new-secret/);
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
    await expect(lockedStore.delete('smtp.password')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await lockedStore.get('smtp.password')).toBe('old-secret');
  });

  it('reads the file when the keychain throws on read', async () => {
    const dir = tempDir();
    await createSecretStore({ dataDir: dir }).set('smtp.password', 'hunter2');
    const throwing: KeyringPort = {
      get: () => {
        throw unreachable();
      },
      set: brokenKeyring.set,
      delete: brokenKeyring.delete,
    };
    const store = createSecretStore({ dataDir: dir, keyring: throwing });
    expect(await store.get('smtp.password')).toBe('hunter2');
    expect(await store.locate('smtp.password')).toBe('file');
  });
});

describe('the keyring of this machine', () => {
  it('round-trips a value through whichever place it takes', async () => {
    const dir = tempDir();
    const store = createSecretStore({ dataDir: dir, keyring: nodeKeyring() });
    const place = await store.set('test.password', 'hunter2');
    // A developer's machine may have a real keychain; the value is removed from it below.
    try {
      expect(['keychain', 'file']).toContain(place);
      expect(await store.locate('test.password')).toBe(place);
      expect(await createSecretStore({ dataDir: dir, keyring: nodeKeyring() }).get('test.password')).toBe('hunter2');
    } finally {
      await store.delete('test.password');
    }
    expect(await store.get('test.password')).toBeNull();
  });
});
