import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { runImportJob, type ImportJob } from './run-import-job';
import { stagedFile } from './staging';
import { writerLauncher } from './writers';

// A stored contact a row names and says nothing else of has its values let go while the file is
// written by the writer thread (plan-import.ts, Bare); a later row that says more must still
// update it exactly as when the whole plan is written at once.

const NOW = Date.parse('2026-11-25T10:00:00Z');
const clock = { now: () => new Date(NOW) };

const CONTACTS = ['contact_id,email,first_name,last_name,company,tags', 'C1,ann@example.com,Ann,Martin,,vip', 'C2,bob@example.com,Bob,,,', 'C3,,Cy,Leroy,,'].join('\n');

const EVENTS = [
  'contact_id,email,first_name,company,tags,type,occurred_at,amount,currency,reference',
  // Bare rows: who, and an order.
  'C1,ann@example.com,,,,order,2025-01-26T09:10:42Z,73.80,EUR,#1',
  'C2,bob@example.com,,,,order,2025-01-27T09:10:42Z,10.00,EUR,#2',
  'C3,,,,,order,2025-01-28T09:10:42Z,12.00,EUR,#3',
  // Later rows: Ann gets a company and a tag, Cy (by his customer id) a company; Bob nothing more.
  'C2,bob@example.com,,,,order,2025-02-27T09:10:42Z,11.00,EUR,#4',
  'C1,ann@example.com,,Atelier Lumière,fidèle,order,2025-02-26T09:10:42Z,20.00,EUR,#5',
  'C3,,,Leroy SA,,order,2025-02-28T09:10:42Z,13.00,EUR,#6',
].join('\n');

const dirs: string[] = [];
const boots: Booted[] = [];
afterEach(() => {
  for (const booted of boots.splice(0)) booted.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const importBoth = async (writeInThread: boolean) => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-bare-'));
  dirs.push(dir);
  const booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
  boots.push(booted);
  const results = [];
  for (const [name, text] of [['contacts.csv', CONTACTS], ['events.csv', EVENTS]] as const) {
    const staged = booted.stageFile(name, new TextEncoder().encode(text));
    const file = stagedFile(dir, staged.fileId);
    const job: ImportJob = { fileId: staged.fileId, filePath: file.path, fileName: file.fileName, mapping: null, mode: 'update', country: 'FR', isDryRun: false, now: NOW, timeZone: 'UTC', writeInThread };
    results.push(await runImportJob(booted.database.sqlite, job, { onPhase: () => {}, onProgress: () => {}, isCancelled: () => false }, writerLauncher(null)));
  }
  const all = (sql: string) => booted.database.sqlite.prepare(sql).all();
  return {
    events: results[1]!.commit,
    contacts: all('SELECT first_name, last_name, email, company, source_id FROM contacts ORDER BY source_id'),
    tags: all('SELECT c.source_id, t.tag FROM contact_tags t JOIN contacts c ON c.id = t.contact_id ORDER BY 1, 2'),
    changes: all("SELECT c.source_id, x.action FROM import_changes x JOIN contacts c ON c.id = x.contact_id WHERE x.action = 'updated' ORDER BY 1"),
    orders: all('SELECT count(*) AS n FROM contact_events'),
  };
};

describe('stored contacts a row says nothing more of', () => {
  it('are updated by a later row that does, as when the plan is written at once', async () => {
    const inline = await importBoth(false);
    const threaded = await importBoth(true);
    expect(inline.events).toMatchObject({ created: 0, updated: 2 });
    expect(inline.contacts).toEqual([
      { first_name: 'Ann', last_name: 'Martin', email: 'ann@example.com', company: 'Atelier Lumière', source_id: 'C1' },
      { first_name: 'Bob', last_name: '', email: 'bob@example.com', company: '', source_id: 'C2' },
      { first_name: 'Cy', last_name: 'Leroy', email: null, company: 'Leroy SA', source_id: 'C3' },
    ]);
    expect(inline.tags).toEqual([{ source_id: 'C1', tag: 'fidèle' }, { source_id: 'C1', tag: 'vip' }]);
    expect(inline.orders).toEqual([{ n: 6 }]);
    expect({ ...threaded, events: { ...threaded.events, importId: '', changedIds: [] } }).toEqual({ ...inline, events: { ...inline.events, importId: '', changedIds: [] } });
  });
});
