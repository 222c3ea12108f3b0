import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { contactUpdates } from './contact-updates';
import { undoImport } from './import-history';
import { CONTACT_VALUE_COLUMNS } from './write-batch';

// A re-import writes each changed contact with one of two statements (contact-updates.ts):
// whichever it takes, the contact, its search words and its undo must come out the same.

const NOW = Date.parse('2026-11-25T10:00:00Z');
const clock = { now: () => new Date(NOW) };

const HEADER = 'contact_id,email,first_name,last_name,phone,company,country,language,notes,created_at';
const FIRST = [
  HEADER,
  'C1,ann@example.com,Ann,Martin,06 12 34 56 78,,FR,fr,,2024-01-02T10:00:00Z',
  'C2,bob@example.com,Bob,Leroy,,Atelier Bois,FR,fr,,2024-02-03T10:00:00Z',
  'C3,cy@example.com,Cy,Durand,,,BE,fr,,2024-03-04T10:00:00Z',
].join('\r\n');
// Ann: only a note and her language (nothing looked up). Bob: a new last name (searched).
// Cy: an earlier creation date (an indexed column). Dee is new.
const AGAIN = [
  HEADER,
  'C1,ann@example.com,Ann,Martin,06 12 34 56 78,,FR,en,prefers mornings,',
  'C2,bob@example.com,Bob,Bernard,,Atelier Bois,FR,fr,,',
  'C3,cy@example.com,Cy,Durand,,,BE,fr,,2023-05-06T10:00:00Z',
  'C4,dee@example.com,Dee,Petit,,,FR,fr,,',
].join('\r\n');

const dirs: string[] = [];
const boots: Booted[] = [];
const boot = (): Booted => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-contact-updates-'));
  dirs.push(dir);
  const booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
  boots.push(booted);
  return booted;
};
afterEach(() => {
  for (const booted of boots.splice(0)) booted.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const importText = async (booted: Booted, name: string, text: string) => {
  const staged = booted.stageFile(name, new TextEncoder().encode(text));
  return booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
};

const contactsOf = (booted: Booted) =>
  booted.database.sqlite
    .prepare('SELECT source_id, first_name, last_name, sort_name, language, notes, created_at, updated_at FROM contacts ORDER BY source_id')
    .all();

const found = (booted: Booted, word: string) =>
  booted.database.sqlite
    .prepare('SELECT c.source_id FROM contacts_fts f JOIN contacts c ON c.row_id = f.rowid WHERE contacts_fts MATCH ? ORDER BY 1')
    .pluck()
    .all(`"${word}"`);

describe('writing the changes of a re-import', () => {
  it('writes every changed value, keeps the search index in step, and undoes both kinds of change', async () => {
    const booted = boot();
    await importText(booted, 'first.csv', FIRST);
    const before = contactsOf(booted);
    const result = await importText(booted, 'again.csv', AGAIN);
    expect(result.commit).toMatchObject({ created: 1, updated: 3 });
    expect(contactsOf(booted)).toEqual([
      expect.objectContaining({ source_id: 'C1', language: 'en', notes: 'prefers mornings', updated_at: NOW }),
      expect.objectContaining({ source_id: 'C2', last_name: 'Bernard', sort_name: 'bernard bob', updated_at: NOW }),
      expect.objectContaining({ source_id: 'C3', created_at: Date.parse('2023-05-06T10:00:00Z'), updated_at: NOW }),
      expect.objectContaining({ source_id: 'C4', last_name: 'Petit' }),
    ]);
    expect(found(booted, 'bernard')).toEqual(['C2']);
    expect(found(booted, 'leroy')).toEqual([]);
    expect(found(booted, 'martin')).toEqual(['C1']);
    // The indexes answer for the rows either statement wrote.
    expect(booted.database.sqlite.prepare("SELECT source_id FROM contacts WHERE sort_name = 'bernard bob'").pluck().all()).toEqual(['C2']);
    undoImport({ db: booted.database.db, clock, events: booted.events }, result.commit!.importId);
    const restored = contactsOf(booted).map((row) => ({ ...(row as object), updated_at: undefined }));
    expect(restored).toEqual(before.map((row) => ({ ...(row as object), updated_at: undefined })));
    expect(found(booted, 'leroy')).toEqual(['C2']);
  });

  it('reads the changed rows and finds each contact by its id, never the other way round', () => {
    const sqlite = boot().database.sqlite;
    sqlite.exec(`CREATE TEMP TABLE changed AS SELECT ${CONTACT_VALUE_COLUMNS.join(', ')}, id FROM main.contacts WHERE 0`);
    sqlite.exec('CREATE UNIQUE INDEX temp.changed_id ON changed (id)');
    for (const sql of Object.values(contactUpdates('changed', NOW))) {
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail);
      expect(plan[0]).toBe('SCAN c');
      expect(plan[1]).toContain('contacts_id_unique');
    }
  });
});
