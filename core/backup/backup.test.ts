import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it, vi } from 'vitest';
import { stageFile } from '../imports/staging';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { DAY_MS } from '../time-units';
import { backupsDir } from './backup-names';
import { DAILY_KEPT, takeDailyBackupIfDue } from './daily-backups';
import { RESTORED_REASON } from './hold-restored';
import { HOST_LEASE, runningHost } from './host-presence';
import { listBackups } from './list-backups';

const START = Date.parse('2026-12-01T10:00:00Z');
let now = START;
const booted = useTempCore('backup', { now: () => new Date(now) });
const call = callThrough(booted);
const sqlite = () => booted().database.sqlite;
const dataDir = () => booted().database.file.replace(/\/relance\.db$/, '');

const person = async (email: string) => (await call('contacts.create', { firstName: 'Ana', lastName: 'Lima', email })).id;
const emails = () => sqlite().prepare('SELECT email FROM contacts ORDER BY email').pluck().all();
const mode = (path: string) => statSync(path).mode & 0o777;

const addMessage = (db: Database.Database, contactId: string, id: string, state: string, { scheduledAt = START, program = 'cart-recovery' } = {}) =>
  db.prepare(`INSERT INTO outbox (id, dedupe_key, contact_id, program, step, anchor, channel, language, due_at, scheduled_at, state, reason,
    message_id, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 'cart-1', 'email', 'en', ?, ?, ?, 'cart 1 of 3', ?, ?, ?)`)
    .run(id, `key-${id}`, contactId, program, scheduledAt, scheduledAt, state, `<${id}@example.com>`, START, START);

const stage = (path: string, name: string) => stageFile(dataDir(), name, new Uint8Array(readFileSync(path)), now).fileId;

describe('backups', () => {
  it('backs up now: a verified copy, readable by the owner only, that opens with the data', async () => {
    await person('ana@example.com');
    const progress: number[] = [];
    booted().events.subscribe((event) => event.type === 'backups.progress' && progress.push(event.done));
    const backup = await call('backups.create', {});
    expect(backup.kind).toBe('manual');
    const path = join(backupsDir(dataDir()), backup.name);
    expect(mode(path)).toBe(0o600);
    expect(mode(backupsDir(dataDir()))).toBe(0o700);
    expect(progress.length).toBeGreaterThan(0);
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT email FROM contacts').pluck().all()).toEqual(['ana@example.com']);
    copy.close();
    expect(readdirSync(backupsDir(dataDir())).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect((await call('backups.list', {})).backups.map((b) => b.name)).toEqual([backup.name]);
  });

  it('takes a daily backup when the newest is a day old, and keeps the last 7', async () => {
    const take = () => takeDailyBackupIfDue({ sqlite: sqlite(), dataDir: dataDir(), isDemo: false, now: new Date(now), holder: 'test' });
    now = START;
    expect(await take()).not.toBeNull();
    now = START + DAY_MS - 60_000;
    expect(await take()).toBeNull();
    for (let day = 1; day <= 9; day += 1) {
      now = START + day * DAY_MS;
      expect(await take()).not.toBeNull();
    }
    const daily = listBackups(dataDir()).filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(DAILY_KEPT);
    expect(daily[0]!.at.getTime()).toBe(START + 9 * DAY_MS);
    expect(daily.at(-1)!.at.getTime()).toBe(START + 3 * DAY_MS);
    now = START;
  });

  it('restores a backup: the current database is kept first, and messages that may have gone wait for the owner', async () => {
    now = START;
    const ana = await person('ana@example.com');
    addMessage(sqlite(), ana, 'm-queued', 'queued');
    addMessage(sqlite(), ana, 'm-sending', 'sending');
    addMessage(sqlite(), ana, 'm-sent', 'sent');
    const backup = await call('backups.create', {});
    await person('later@example.com');
    now = START + 60_000;
    const result = await call('backups.restore', { name: backup.name });
    expect(emails()).toEqual(['ana@example.com']);
    expect(result.held).toBe(2);
    // Nothing was sent and nobody said stop after the backup: nothing to carry over.
    expect(result.carried).toEqual({ sends: 0, stops: 0 });
    expect(result.keptAs).toMatch(/^relance-pre-restore-.*\.db$/);
    const kept = new Database(join(backupsDir(dataDir()), result.keptAs!), { readonly: true });
    expect(kept.prepare('SELECT email FROM contacts ORDER BY email').pluck().all()).toEqual(['ana@example.com', 'later@example.com']);
    kept.close();
    const states = sqlite().prepare('SELECT id, state, reason FROM outbox ORDER BY id').all() as { id: string; state: string; reason: string }[];
    expect(states.map((s) => [s.id, s.state])).toEqual([['m-queued', 'unknown'], ['m-sending', 'unknown'], ['m-sent', 'sent']]);
    expect(states[0]!.reason).toContain(RESTORED_REASON);
    // The open core writes on into the restored database.
    await person('after@example.com');
    expect(emails()).toEqual(['after@example.com', 'ana@example.com']);
    now = START;
  });

  it('holds what could have gone by itself since the backup: an approved message whose time came, a due one of a program that sends by itself', async () => {
    now = START;
    await call('settings.update', { reviewRequest: { isEnabled: true, isAutomatic: true, afterDays: 5, reminderDays: 7 } });
    const ana = await person('ana@example.com');
    const minute = 60_000;
    addMessage(sqlite(), ana, 'm-approved-due', 'approved', { scheduledAt: START + 30 * minute });
    addMessage(sqlite(), ana, 'm-approved-later', 'approved', { scheduledAt: START + DAY_MS });
    addMessage(sqlite(), ana, 'm-scheduled', 'scheduled', { scheduledAt: START + 30 * minute });
    addMessage(sqlite(), ana, 'm-automatic', 'scheduled', { scheduledAt: START + 30 * minute, program: 'review-request' });
    const backup = await call('backups.create', {});
    now = START + 60 * minute;
    const result = await call('backups.restore', { name: backup.name });
    expect(result.held).toBe(2);
    const rows = sqlite().prepare('SELECT id, state, reason FROM outbox ORDER BY id').all() as { id: string; state: string; reason: string }[];
    // The others are the planner's again (these fake ones, without a cart, it cancels).
    expect(rows.filter((r) => r.state === 'unknown').map((r) => r.id)).toEqual(['m-approved-due', 'm-automatic']);
    expect(rows[0]!.reason).toBe(`cart 1 of 3; ${RESTORED_REASON}`);
    // The owner checked their Sent folder: it goes again, through the sender's last look.
    expect((await call('outbox.retry', { id: 'm-approved-due' })).state).toBe('queued');
    now = START;
  });

  it('restores an uploaded file, and removes the staged copy', async () => {
    await person('ana@example.com');
    const backup = await call('backups.create', {});
    await person('later@example.com');
    const fileId = stage(join(backupsDir(dataDir()), backup.name), 'my-backup.db');
    const result = await call('backups.restore', { fileId });
    expect(result.restoredFrom).toBe('my-backup.db');
    expect(emails()).toEqual(['ana@example.com']);
    expect(existsSync(join(dataDir(), 'staging', fileId))).toBe(false);
  });

  it('refuses a file that is not a database, a database that is not Relance, and one from a newer version', async () => {
    await person('ana@example.com');
    const random = join(dataDir(), 'random.db');
    writeFileSync(random, 'name;email\nAna;ana@example.com\n'.repeat(100));
    const notRelance = join(dataDir(), 'other.db');
    const other = new Database(notRelance);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.close();
    const backup = await call('backups.create', {});
    const newer = join(dataDir(), 'newer.db');
    copyFileSync(join(backupsDir(dataDir()), backup.name), newer);
    const future = new Database(newer);
    future.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.parse('2099-01-01'));
    future.close();

    const damaged = join(dataDir(), 'damaged.db');
    const bytes = readFileSync(join(backupsDir(dataDir()), backup.name));
    // Page 2 onwards overwritten: the header is intact, the tables are not.
    bytes.fill(0x5a, 16_384, bytes.length);
    writeFileSync(damaged, bytes);

    const refusal = async (path: string, name: string) => (await domainErrorOf(() => call('backups.restore', { fileId: stage(path, name) })));
    const asRandom = await refusal(random, 'contacts.csv');
    expect(asRandom.issues?.[0]?.rule).toBe('backup.not-relance');
    expect(asRandom.message).toBe('contacts.csv is not a Relance database; nothing was changed.');
    expect((await refusal(notRelance, 'notes.db')).issues?.[0]?.rule).toBe('backup.not-relance');
    const asNewer = await refusal(newer, 'newer.db');
    expect(asNewer.issues?.[0]?.rule).toBe('backup.newer');
    expect(asNewer.message).toMatch(/newer version of Relance/);
    const asDamaged = await refusal(damaged, 'damaged.db');
    expect(asDamaged.issues?.[0]?.rule).toBe('backup.damaged');
    // Nothing changed: no pre-restore copy, the data as it was.
    expect(listBackups(dataDir()).map((b) => b.kind)).toEqual(['manual']);
    expect(emails()).toEqual(['ana@example.com']);
  });

  it('brings a backup from an older version up to date', async () => {
    // A database of the version before the newest migration: the same folder, its last entry left out.
    const olderFolder = join(dataDir(), 'older-migrations');
    cpSync('db/migrations', olderFolder, { recursive: true });
    const journalFile = join(olderFolder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    const known = journal.entries.length;
    journal.entries.pop();
    writeFileSync(journalFile, JSON.stringify(journal));
    const old = join(dataDir(), 'old.db');
    const older = new Database(old);
    older.pragma('page_size = 4096');
    migrate(drizzle({ client: older }), { migrationsFolder: olderFolder });
    older.close();
    const result = await call('backups.restore', { fileId: stage(old, 'old.db') });
    expect(result.migrated).toBe(1);
    expect(sqlite().prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(known);
    expect(sqlite().pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('an open host says so with its lease and takes the daily backup at start; stopped, it lets go', async () => {
    const file = join(dataDir(), 'relance.db');
    const open = (path: string) => new Database(path, { fileMustExist: true });
    expect(runningHost(file, now, open)).toBeNull();
    booted().start();
    await vi.waitFor(() => expect(listBackups(dataDir()).filter((b) => b.kind === 'daily')).toHaveLength(1));
    expect(runningHost(file, now, open)).toMatchObject({ holder: 'the relance command', pid: process.pid });
    await booted().stop();
    expect(sqlite().prepare('SELECT count(*) FROM leases WHERE name = ?').pluck().get(HOST_LEASE)).toBe(0);
  });
});
