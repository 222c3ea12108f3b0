import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { suppressionHash } from './suppression-hash';
import { phoneSuppressionHash, suppressionOf } from './suppression-list';
import { PERSON, importCsv, personRow, seedPerson } from './test-support/seed-person';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const booted = useTempCore('erase', { now: () => new Date(NOW) });
const call = callThrough(booted);
const sqlite = () => booted().database.sqlite;

// What would give the person away, as text and as it may be stored (the search index folds case).
const NEEDLES = [PERSON.firstName, PERSON.lastName, PERSON.email, PERSON.phone, PERSON.phone.slice(3), PERSON.note, 'Xylophonique', 'zephyrine', 'quilleboeuf'];

// Every value of every table, text or blob, that contains one of the needles.
const findings = (): string[] => {
  const tables = sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    for (const row of sqlite().prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        const text = typeof value === 'string' ? value.toLowerCase() : Buffer.isBuffer(value) ? value.toString('latin1').toLowerCase() : '';
        for (const needle of NEEDLES) if (text.includes(needle.toLowerCase())) found.push(`${table}.${column}: ${needle}`);
      }
    }
  }
  return found;
};

const bytesOnDisk = (): Buffer => {
  const file = booted().database.file;
  return Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);
};

const inFile = (bytes: Buffer): string[] =>
  [PERSON.email, PERSON.lastName, 'Xylophonique', 'zephyrine', 'quilleboeuf'].filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')));

describe('erasing a person', () => {
  it('leaves nothing of them in any table, keeps their address and number as erased hashes, and says what went', async () => {
    const id = await seedPerson(booted(), NOW);
    // The seed is found before: the scan can see the person.
    expect(findings().length).toBeGreaterThan(5);
    const result = await call('contacts.erase', { id });
    expect(result).toMatchObject({ id, suppressed: ['email', 'phone'] });
    expect(result.removed).toMatchObject({ contact: 1, tags: 1, events: 2, messages: 1, consentChanges: 1, importChanges: 2, bulkEditChanges: 1, unsubscribeTokens: 1, deliveryFailures: 1 });
    expect(findings()).toEqual([]);
    expect(sqlite().prepare("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'zephyrine'").pluck().get()).toBe(0);
    const reasons = sqlite().prepare('SELECT hash, reason, channel FROM suppressions ORDER BY channel').all();
    expect(reasons).toEqual([
      { hash: suppressionHash(PERSON.emailKey), reason: 'erased', channel: 'email' },
      { hash: phoneSuppressionHash(PERSON.phone), reason: 'erased', channel: 'phone' },
    ]);
    expect(suppressionOf(sqlite(), { emailKey: PERSON.emailKey, phone: null })).toBe('erased');
    const audit = sqlite().prepare("SELECT origin, contact_id AS contactId, detail FROM audit_log WHERE action = 'erase'").get();
    expect(audit).toEqual({ origin: 'cli', contactId: id, detail: expect.stringContaining('messages 1') });
    // The other person of the first import is still there.
    expect(sqlite().prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(1);
  });

  it('leaves no trace of them in the bytes of the database file or its log', async () => {
    const id = await seedPerson(booted(), NOW);
    sqlite().pragma('wal_checkpoint(TRUNCATE)');
    // Before: the words are in the file, so the search below can find them.
    expect(inFile(bytesOnDisk())).toEqual([PERSON.email, PERSON.lastName, 'Xylophonique', 'zephyrine', 'quilleboeuf']);
    await call('contacts.erase', { id });
    expect(inFile(bytesOnDisk())).toEqual([]);
  });

  it('is refused for a contact that is not there', async () => {
    const error = await domainErrorOf(() => call('contacts.erase', { id: 'nobody' }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('keeps an erased person out of later imports, and counts their rows', async () => {
    const id = await seedPerson(booted(), NOW);
    await call('contacts.erase', { id });
    const result = await importCsv(booted(), 'again.csv', `First Name,Last Name,Email,Phone,Tags\n${personRow()}\nJean,Valjean,,+33 6 87 65 43 21,\nAnne,Neuve,anne@example.com,,\n`);
    expect(result.preview.counts).toMatchObject({ create: 1, reject: 0, erasedSkipped: 2 });
    expect(findings()).toEqual([]);
    const imports = await call('imports.list', {});
    expect(imports[0]).toMatchObject({ fileName: 'again.csv', created: 1, erasedSkipped: 2 });
  });
});
