import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../api';
import { bootCore, type Booted } from '../boot';
import { DomainError } from '../errors';
import { tsReportWorkerLauncher } from '../reports/report-worker-launcher';
import { createReportWorkers } from '../reports/report-workers';
import { callThrough, domainErrorOf } from '../test-support/temp-core';

const clock = { now: () => new Date() };
const migrationsFolder = 'db/migrations';

let dir: string;
let opened: Booted[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-data-files-'));
  opened = [];
});
afterEach(() => {
  for (const booted of opened) booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const boot = (dataDir = dir): Booted => {
  const booted = bootCore({ dataDir, migrationsFolder, host: 'cli', clock });
  opened.push(booted);
  return booted;
};

const closeAll = () => {
  for (const booted of opened.splice(0)) booted.close();
};

const modeOf = (path: string): number => statSync(path).mode & 0o777;

const bootError = (dataDir: string): DomainError => {
  try {
    boot(dataDir);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the start to be refused');
};

const csv = ['first_name,last_name,email', 'Zoé,Martin,zoe@example.com', 'Léa,Durand,lea@example.com'].join('\n');
const request = (fileId: string) => ({ fileId, mapping: null, mode: 'update' as const, country: 'FR' });
const stagingEntries = (): string[] => (existsSync(join(dir, 'staging')) ? readdirSync(join(dir, 'staging')) : []);

// A database with a few hundred contacts, closed, so its pages are on disk.
const makeDatabase = async (): Promise<void> => {
  const booted = boot();
  const rows = Array.from({ length: 2000 }, (_, i) => `Person${i},${'Exemple'.repeat(20)},p${i}@example.com`);
  const staged = booted.stageFile('people.csv', new TextEncoder().encode(['first_name,last_name,email', ...rows].join('\n')));
  await booted.imports.runNow(request(staged.fileId), false);
  booted.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  closeAll();
};

// Garbage written over pages in the middle of the file, as a bad disk or a cut copy leaves them.
const damagePages = (file: string): void => {
  const pageSize = 16384;
  const pages = Math.floor(statSync(file).size / pageSize);
  expect(pages).toBeGreaterThan(6);
  const fd = openSync(file, 'r+');
  try {
    for (const page of [Math.floor(pages / 2), Math.floor(pages / 2) + 1, pages - 2]) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, page * pageSize);
  } finally {
    closeSync(fd);
  }
};

describe.skipIf(process.platform === 'win32')('data files are the owner’s only', () => {
  it('creates the folder, the database, its WAL and the staging copies owner-only', () => {
    const dataDir = join(dir, 'relance');
    const booted = boot(dataDir);
    booted.stageFile('people.csv', new TextEncoder().encode(csv));
    expect(modeOf(dataDir)).toBe(0o700);
    for (const name of ['relance.db', 'relance.db-wal', 'relance.db-shm']) expect(modeOf(join(dataDir, name))).toBe(0o600);
    expect(modeOf(join(dataDir, 'staging'))).toBe(0o700);
    for (const name of readdirSync(join(dataDir, 'staging'))) expect(modeOf(join(dataDir, 'staging', name))).toBe(0o600);
  });

  it('brings a folder left readable by others by an earlier version to owner-only at start', () => {
    boot();
    closeAll();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'relance-daily-2026-01-01T00-00-00-000Z.db'), 'x');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    for (const path of [dir, join(dir, 'backups')]) chmodSync(path, 0o755);
    for (const path of ['relance.db', 'backups/relance-daily-2026-01-01T00-00-00-000Z.db', 'notes.txt']) chmodSync(join(dir, path), 0o644);
    boot();
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, 'backups'))).toBe(0o700);
    expect(modeOf(join(dir, 'relance.db'))).toBe(0o600);
    expect(modeOf(join(dir, 'backups', 'relance-daily-2026-01-01T00-00-00-000Z.db'))).toBe(0o600);
    // A file of the person's own in a folder they chose is not Relance's to change.
    expect(modeOf(join(dir, 'notes.txt'))).toBe(0o644);
  });
});

describe('staged copies of imported files', () => {
  const stage = (booted: Booted, text = csv) => booted.stageFile('people.csv', new TextEncoder().encode(text));

  it('are gone after a dry run, an import and a failed import', async () => {
    const booted = boot();
    await booted.imports.runNow(request(stage(booted).fileId), true);
    expect(stagingEntries()).toEqual([]);
    await booted.imports.runNow(request(stage(booted).fileId), false);
    expect(stagingEntries()).toEqual([]);
    const unreadable = stage(booted, '\u0000\u0001\u0002 not a table');
    await expect(booted.imports.runNow(request(unreadable.fileId), false)).rejects.toBeInstanceOf(Error);
    expect(stagingEntries()).toEqual([]);
  });

  it('are gone when an import started as a job ends, and kept after a preview until then', async () => {
    const booted = boot();
    const call = callThrough(() => booted);
    const { fileId } = stage(booted);
    await call('imports.preview', { ...request(fileId), fileBasis: null });
    expect(stagingEntries()).toHaveLength(2);
    const finished = new Promise<PushEvent>((resolve) => booted.events.subscribe((event) => event.type === 'imports.finished' && resolve(event)));
    await call('imports.start', { ...request(fileId), fileBasis: null });
    expect(await finished).toMatchObject({ outcome: 'done' });
    expect(stagingEntries()).toEqual([]);
  });

  it('left by a host that stopped mid-import are removed at the next start', () => {
    boot();
    closeAll();
    mkdirSync(join(dir, 'staging'), { recursive: true });
    const leftover = join(dir, 'staging', '6f1c2d3e-0000-4000-8000-000000000001');
    writeFileSync(leftover, csv);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(leftover, twoHoursAgo, twoHoursAgo);
    boot();
    expect(existsSync(leftover)).toBe(false);
  });
});

describe('a damaged database', () => {
  it('is found at start: writes are refused in a sentence naming the newest backup, reads go on', async () => {
    await makeDatabase();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'relance-daily-2026-11-30T09-00-00-000Z.db'), 'x');
    damagePages(join(dir, 'relance.db'));
    const booted = boot();
    expect(booted.health.isDamaged()).toBe(true);
    const call = callThrough(() => booted);
    const refused = await domainErrorOf(() => call('contacts.create', { firstName: 'Nouveau', email: 'nouveau@example.com' }));
    expect(refused.message).toMatch(/^The database in .* is damaged: Relance stopped writing to it/);
    expect(refused.message).toContain('relance-daily-2026-11-30T09-00-00-000Z.db');
    expect(refused.issues?.[0]).toMatchObject({ rule: 'storage.damaged', params: { backup: 'relance-daily-2026-11-30T09-00-00-000Z.db' } });
    expect((await call('app.info', {})).dataDir).toBe(dir);
    await expect(call('imports.start', { ...request('6f1c2d3e-0000-4000-8000-000000000002'), fileBasis: null })).rejects.toMatchObject({ issues: [{ rule: 'storage.damaged' }] });
  });

  it('found by a statement while running stops every write from then on', async () => {
    await makeDatabase();
    const booted = boot();
    expect(booted.health.isDamaged()).toBe(false);
    const call = callThrough(() => booted);
    damagePages(join(dir, 'relance.db'));
    // The damaged pages are read from the file once SQLite's cache of them is dropped.
    booted.database.sqlite.pragma('cache_size = 0');
    booted.database.sqlite.pragma('cache_size = -2000');
    const found = await domainErrorOf(() => call('contacts.list', { limit: 500, offset: 1500 }));
    expect(found.issues?.[0]?.rule).toBe('storage.damaged');
    expect(booted.health.isDamaged()).toBe(true);
    const refused = await domainErrorOf(() => call('contacts.create', { firstName: 'Nouveau', email: 'nouveau@example.com' }));
    expect(refused.issues?.[0]?.rule).toBe('storage.damaged');
  });

  it('in a large file is found after start on a report worker, the host thread answering meanwhile', async () => {
    await makeDatabase();
    const booted = bootCore({ dataDir: dir, migrationsFolder, host: 'cli', clock, launchReportWorker: tsReportWorkerLauncher });
    opened.push(booted);
    const workers = booted.reportWorkers!;
    // Turns of the event loop while the check runs: the host's thread is free all along.
    let turns = 0;
    let isCounting = true;
    const count = () => {
      turns += 1;
      if (isCounting) setImmediate(count);
    };
    const turnsDuring = async (check: Promise<boolean>): Promise<{ isSound: boolean; turns: number }> => {
      turns = 0;
      isCounting = true;
      setImmediate(count);
      const isSound = await check;
      isCounting = false;
      return { isSound, turns };
    };
    expect(await turnsDuring(booted.health.checkAway(() => workers.checkFile(1)))).toEqual({ isSound: true, turns: expect.any(Number) });
    expect(turns).toBeGreaterThan(2);

    damagePages(join(dir, 'relance.db'));
    // A thread that has not read the file yet, as at a start: the first one keeps pages it read.
    const fresh = createReportWorkers(tsReportWorkerLauncher, join(dir, 'relance.db'));
    const found = await turnsDuring(booted.health.checkAway(() => fresh.checkFile(0)));
    fresh.close();
    expect(found.isSound).toBe(false);
    expect(booted.health.isDamaged()).toBe(true);
    const refused = await domainErrorOf(() => callThrough(() => booted)('contacts.create', { firstName: 'Nouveau', email: 'nouveau@example.com' }));
    expect(refused.issues?.[0]?.rule).toBe('storage.damaged');
  });

  it('is the whole file’s check: a free-page list that does not add up is damage, and without a worker the host checks it', async () => {
    await makeDatabase();
    // The header's count of free pages (offset 36, big-endian) made wrong: a check table by table
    // does not see it, the whole file's check does.
    const file = join(dir, 'relance.db');
    const fd = openSync(file, 'r+');
    try {
      const count = Buffer.alloc(4);
      readSync(fd, count, 0, 4, 36);
      count.writeUInt32BE(count.readUInt32BE(0) + 3);
      writeSync(fd, count, 0, 4, 36);
    } finally {
      closeSync(fd);
    }
    const booted = boot();
    expect(await booted.health.checkAway()).toBe(false);
    expect(booted.health.finding()).toMatch(/freelist/i);
  });

  it('is restored from the newest backup it offers, and writing resumes', async () => {
    await makeDatabase();
    const first = boot();
    const backup = await callThrough(() => first)('backups.create', {});
    closeAll();
    damagePages(join(dir, 'relance.db'));
    const booted = boot();
    expect(booted.health.isDamaged()).toBe(true);
    expect(booted.health.newestBackup()).toBe(backup.name);
    const call = callThrough(() => booted);
    await call('backups.restore', { name: backup.name });
    expect(booted.health.isDamaged()).toBe(false);
    const created = await call('contacts.create', { firstName: 'Nouveau', email: 'nouveau@example.com' });
    expect(created.id).toBeTruthy();
  });

  it('that is not a database at all is refused at start with the same sentence', () => {
    writeFileSync(join(dir, 'relance.db'), Buffer.alloc(40_000, 0x41));
    const refused = bootError(dir);
    expect(refused.message).toMatch(/is damaged: Relance stopped writing to it/);
  });

  it('of zero bytes beside backups says so instead of starting empty', () => {
    writeFileSync(join(dir, 'relance.db'), '');
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'relance-daily-2026-11-30T09-00-00-000Z.db'), 'x');
    const refused = bootError(dir);
    expect(refused.message).toBe(
      `${join(dir, 'relance.db')} is empty (0 bytes) although backups exist: Relance did not start on an empty database. Restore the newest backup (relance-daily-2026-11-30T09-00-00-000Z.db) with relance restore, or delete the empty file to start afresh.`,
    );
    expect(statSync(join(dir, 'relance.db')).size).toBe(0);
  });
});

describe('a full disk and a read-only folder', () => {
  it('a full disk refuses the change in a sentence saying what to do', async () => {
    const booted = boot();
    const call = callThrough(() => booted);
    // SQLite's own "database or disk is full" (SQLITE_FULL), for real: the file may not grow.
    const pages = booted.database.sqlite.pragma('page_count', { simple: true }) as number;
    booted.database.sqlite.pragma(`max_page_count = ${pages}`);
    const refused = await domainErrorOf(async () => {
      for (let i = 0; i < 500; i += 1) await call('contacts.create', { firstName: `P${i}`, lastName: 'x'.repeat(200), email: `p${i}@example.com` });
    });
    expect(refused.message).toBe(`The disk is full: this change was not saved. Free some space on the disk holding ${dir}, then try again.`);
    expect(refused.issues?.[0]?.rule).toBe('storage.diskFull');
  });

  // As root, a chmod 0500 folder stays writable: a folder of sysfs, which refuses root too, is used instead.
  const isRoot = process.getuid?.() === 0;
  it.skipIf(process.platform === 'win32')('a folder Relance may not write in is said in a sentence at start', () => {
    let readOnly = '/sys/kernel/relance-test-data';
    if (!isRoot) {
      readOnly = join(dir, 'locked');
      mkdirSync(readOnly, { mode: 0o500 });
    }
    const refused = bootError(join(readOnly, 'relance'));
    expect(refused.message).toBe(`Relance may not write in ${join(readOnly, 'relance')}: nothing was saved. Give yourself write access to that folder, or choose another one with --data-dir.`);
    if (!isRoot) chmodSync(readOnly, 0o700);
  });
});
