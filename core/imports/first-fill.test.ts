import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { deferIndexesOfEmptyTable } from './first-fill';

// A first import builds the contacts' indexes after its rows (first-fill.ts):
// the database must end up as one whose indexes were kept up to date row by row.

const clock = { now: () => new Date('2026-11-25T10:00:00Z') };

const CONTACTS = [
  'contact_id,email,first_name,last_name,phone,company,country,language,tags,email_consent',
  'C1,ann@example.com,Ann,Martin,06 12 34 56 78,,FR,fr,vip,yes',
  'C2,bob@example.com,Bob,Schröder,,Müller & Söhne,DE,de,,',
  'C3,cy@example.com,Cy,Leroy,+32 470 12 34 56,,BE,fr,,unsubscribed',
  // Ann again: her company fills what the first row left empty (a change to a row already in).
  'C1,ann@example.com,,,,Atelier Lumière,,,fidèle,',
  'C4,,Dee,Dupont,+33 6 98 76 54 32,,FR,fr,,',
].join('\r\n');

const dirs: string[] = [];
const boots: Booted[] = [];
const boot = (): Booted => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-first-fill-'));
  dirs.push(dir);
  const booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
  boots.push(booted);
  return booted;
};
afterEach(() => {
  for (const booted of boots.splice(0)) booted.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const importText = async (booted: Booted, text: string) => {
  const staged = booted.stageFile('contacts.csv', new TextEncoder().encode(text));
  return booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
};

const schemaOf = (booted: Booted) =>
  booted.database.sqlite.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'contacts' ORDER BY type, name").all();

// Who each search finds, by email: every word the search index holds for a contact.
const SEARCHES = ['ann', 'martin', 'lumière', 'lumiere', 'schroder', 'muller', 'example', 'leroy', '612345678', '33698765432', 'dupont'];
const found = (booted: Booted) =>
  SEARCHES.map((word) => ({
    word,
    emails: booted.database.sqlite
      .prepare("SELECT coalesce(c.email, c.last_name) FROM contacts_fts f JOIN contacts c ON c.row_id = f.rowid WHERE contacts_fts MATCH ? ORDER BY 1")
      .pluck()
      .all(`"${word}"*`),
  }));

describe('a first import into an empty contacts table', () => {
  it('ends with the same indexes, triggers and search index as an import into a filled table', async () => {
    const first = boot();
    const filled = boot();
    // One contact already there: the rows go in with their indexes kept up to date.
    await importText(filled, 'email,first_name\r\nzed@example.com,Zed');
    const schema = schemaOf(first);
    await importText(first, CONTACTS);
    await importText(filled, CONTACTS);
    expect(schemaOf(first)).toEqual(schema);
    const withoutZed = found(filled).map(({ word, emails }) => ({ word, emails: emails.filter((email) => email !== 'zed@example.com') }));
    expect(found(first)).toEqual(withoutZed);
    expect(found(first).find(({ word }) => word === 'lumière')?.emails).toEqual(['ann@example.com']);
    // The indexes answer: a look-up by email uses the rebuilt unique index.
    const plan = first.database.sqlite.prepare("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE email_key = 'bob@example.com'").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('contacts_email_key_unique');
  });

  it('keeps the search index in step with later changes, once the import is done', async () => {
    const booted = boot();
    await importText(booted, CONTACTS);
    booted.database.sqlite.prepare("UPDATE contacts SET last_name = 'Durand' WHERE email = 'cy@example.com'").run();
    expect(found(booted).find(({ word }) => word === 'leroy')?.emails).toEqual([]);
    const durand = booted.database.sqlite.prepare("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'durand'").pluck().get();
    expect(durand).toBe(1);
  });

  it('puts everything back as it was when the import is rolled back', () => {
    const booted = boot();
    const sqlite = booted.database.sqlite;
    const schema = schemaOf(booted);
    sqlite.exec('BEGIN IMMEDIATE');
    const deferred = deferIndexesOfEmptyTable(sqlite);
    expect(deferred).not.toBeNull();
    expect(schemaOf(booted).length).toBeLessThan(schema.length);
    sqlite.exec('ROLLBACK');
    expect(schemaOf(booted)).toEqual(schema);
  });

  it('leaves the indexes of a filled table alone', async () => {
    const booted = boot();
    await importText(booted, 'email,first_name\r\nzed@example.com,Zed');
    const sqlite = booted.database.sqlite;
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      expect(deferIndexesOfEmptyTable(sqlite)).toBeNull();
    } finally {
      sqlite.exec('ROLLBACK');
    }
  });
});
