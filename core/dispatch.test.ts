import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from './boot';
import { dispatch } from './dispatch';

const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));

let dir: string;
let booted: Booted;
let unexpected: unknown[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-dispatch-'));
  booted = bootCore({ dataDir: dir, migrationsFolder, host: 'browser' });
  unexpected = [];
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const send = (method: string, input?: unknown) => dispatch(booted.handlers, method, input, (error) => unexpected.push(error));

describe('dispatch', () => {
  it('answers an unknown method with NOT_FOUND', async () => {
    expect(await send('contacts.explode', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no method called "contacts.explode".' },
    });
  });

  it('does not treat inherited object keys as methods', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(await send(name, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('answers invalid input with VALIDATION and the path of each bad field', async () => {
    const update = await send('contacts.update', { id: 'x', patch: { email: 42, country: 'france' } });
    expect(update).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!update.ok) expect(update.error.issues?.map((issue) => issue.path).sort()).toEqual(['patch.country', 'patch.email']);

    const list = await send('contacts.list', { limit: 0 });
    expect(list).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'limit' })] } });

    const missing = await send('contacts.get', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'id' })] } });
  });

  it('applies the schema defaults to a missing input', async () => {
    expect(await send('contacts.list')).toEqual({ ok: true, value: { total: 0, offset: 0, rows: [] } });
  });

  it('returns a value on success', async () => {
    const created = await send('contacts.create', { firstName: 'Anne', email: 'anne@example.com' });
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Anne', email: 'anne@example.com' } });
  });

  it('turns a DomainError into its code, message and issues', async () => {
    expect(await send('contacts.get', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('not found') } });

    await send('contacts.create', { firstName: 'Anne', email: 'anne@example.com' });
    const clash = await send('contacts.create', { firstName: 'Other', email: 'ANNE@example.com' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [expect.objectContaining({ path: 'email' })] } });

    const invalid = await send('contacts.create', { email: 'anne@' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'email' })] } });
    expect(unexpected).toEqual([]);
  });

  it('says BUSY, not INTERNAL, when another write holds the database longer than a change waits', async () => {
    // What a big import's writer does for its whole length (core/imports/writer-thread.ts).
    const other = new Database(booted.database.sqlite.name);
    booted.database.sqlite.pragma('busy_timeout = 50');
    try {
      other.exec('BEGIN IMMEDIATE');
      const blocked = await send('contacts.create', { firstName: 'Anne', email: 'anne@example.com' });
      expect(blocked).toMatchObject({ ok: false, error: { code: 'BUSY', message: expect.stringContaining('try again in a moment') } });
      // Reading still works meanwhile (WAL), and the change goes through once the write ends.
      expect(await send('contacts.list', {})).toMatchObject({ ok: true });
      other.exec('COMMIT');
      expect(await send('contacts.create', { firstName: 'Anne', email: 'anne@example.com' })).toMatchObject({ ok: true });
      expect(unexpected).toEqual([]);
    } finally {
      other.close();
    }
  });

  it('lets a change wait for a write that ends within the busy timeout', async () => {
    // Another process holds the write lock for 300 ms: the change waits, then goes through,
    // where a transaction that read first would have failed at once.
    const holder = spawn(
      process.execPath,
      ['-e', `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('BEGIN IMMEDIATE'); console.log('locked');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); db.exec('COMMIT'); db.close();`, booted.database.sqlite.name],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const ended = new Promise((resolve) => holder.once('exit', resolve));
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const started = Date.now();
    expect(await send('contacts.create', { firstName: 'Anne', email: 'anne@example.com' })).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThan(100);
    await ended;
    expect(unexpected).toEqual([]);
  });

  it('turns an unexpected throw into INTERNAL without the stack or the original message', async () => {
    booted.database.sqlite.close();
    const result = await send('contacts.list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Relance. Try again; if it persists, restart the app.' },
    });
    expect(unexpected).toHaveLength(1);
    const original = unexpected[0] as Error;
    expect(JSON.stringify(result)).not.toContain(original.message);
    expect(JSON.stringify(result)).not.toMatch(/\bat .*\.ts/);
  });
});
