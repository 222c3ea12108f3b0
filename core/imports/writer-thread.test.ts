import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { ImportCancelled } from './commit-import';
import { undoImport } from './import-history';
import { runImportJob, type ImportJob } from './run-import-job';
import { stagedFile } from './staging';
import { writerLauncher } from './writers';

// Big files are written by a thread of their own while they are checked (writers.ts). Whatever
// writes them, the database must end up the same as when the whole plan is written at once.

const NOW = Date.parse('2026-11-25T10:00:00Z');
const clock = { now: () => new Date(NOW) };

const CONTACTS = [
  'contact_id,email,first_name,last_name,phone,company,street,postal_code,city,region,country,language,tags,email_consent,created_at,notes',
  'C1,ann@example.com,Ann,Martin,06 12 34 56 78,,1 rue A,75001,Paris,,FR,fr,vip,yes,2024-01-02T10:00:00Z,',
  'C2,bob@example.com,Bob,,,,,,,,FR,fr,"salon, vip",unsubscribed,2024-02-03T10:00:00Z,a note',
  'C3,cy@example.com,Cy,Leroy,,,,,,,BE,fr,,,2024-03-04T10:00:00Z,',
  // Ann again: her company and a tag fill what the first row left empty.
  'C1,ann@example.com,,,,Atelier Lumière,,,,,,,fidèle,,,',
  'C4,not-an-address,Dee,,,,,,,,,,,,,',
  'C5,,Eve,Dupont,+33 6 98 76 54 32,,,,,,FR,fr,,,,',
].join('\r\n');

const EVENTS = [
  'event_id,contact_id,email,type,occurred_at,amount,currency,status,reference,items,campaign,source',
  'E1,C1,ann@example.com,abandoned_cart,2025-01-21T00:42:27Z,60.00,EUR,abandoned,AC1,3× Carte cadeau,,shop',
  'E2,C1,ann@example.com,order,2025-01-26T09:10:42Z,73.80,EUR,paid,#2,"2× Bougie, 2× Carte cadeau",,shop',
  'E3,C3,cy@example.com,donation,2025-02-01T12:00:00Z,"25,00",EUR,,D3,,,asso',
  'E4,C9,fay@example.com,order,2025-03-01T12:00:00Z,10.00,EUR,paid,#4,1× Savon,,shop',
].join('\r\n');

// Bob now has a company and Cy a phone: both existing contacts are updated.
const CONTACTS_AGAIN = [
  'contact_id,email,first_name,last_name,phone,company,street,postal_code,city,region,country,language,tags,email_consent,created_at,notes',
  'C2,bob@example.com,Bob,Bernard,,Bernard & Fils,,,,,FR,fr,export,yes,,',
  'C3,cy@example.com,Cy,Leroy,+32 470 12 34 56,,,,,,BE,fr,,,,',
  'C6,gus@example.com,Gus,,,,,,,,,,,,,',
].join('\r\n');

const dirs: string[] = [];
const boots: Booted[] = [];
const dataDirOf = new Map<Booted, string>();
const boot = (): Booted => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-writer-'));
  dirs.push(dir);
  const booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
  boots.push(booted);
  dataDirOf.set(booted, dir);
  return booted;
};
beforeEach(() => {
  dirs.length = 0;
  boots.length = 0;
});
afterEach(() => {
  for (const booted of boots) booted.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const hooks = { onPhase: () => {}, onProgress: () => {}, isCancelled: () => false };

const importText = (booted: Booted, name: string, text: string, writeInThread: boolean, jobHooks = hooks) => {
  const staged = booted.stageFile(name, new TextEncoder().encode(text));
  const file = stagedFile(dataDirOf.get(booted)!, staged.fileId);
  const job: ImportJob = { fileId: staged.fileId, filePath: file.path, fileName: file.fileName, mapping: null, mode: 'update', country: 'FR', isDryRun: false, now: NOW, timeZone: 'UTC', writeInThread };
  return runImportJob(booted.database.sqlite, job, jobHooks, writerLauncher(null));
};

// Everything an import writes, without the ids and times that differ from one run to the next.
const dump = (booted: Booted) => {
  const all = (sql: string) => booted.database.sqlite.prepare(sql).all();
  return {
    contacts: all(`SELECT first_name, last_name, sort_name, email, email_key, phone, phone_national, company, kind, language, country, notes,
      consent_basis, consent_source, consent_at, unsubscribed_at, source_id FROM contacts ORDER BY sort_name`),
    tags: all('SELECT c.sort_name, t.tag FROM contact_tags t JOIN contacts c ON c.id = t.contact_id ORDER BY 1, 2'),
    events: all(`SELECT c.sort_name, e.type, e.occurred_at, e.amount_minor, e.currency, e.reference, e.items, e.status, e.link, e.source
      FROM contact_events e JOIN contacts c ON c.id = e.contact_id ORDER BY 1, 3`),
    changes: all('SELECT c.sort_name, x.action, x.before FROM import_changes x JOIN contacts c ON c.id = x.contact_id ORDER BY 1, 2, 3'),
    suppressions: all('SELECT hash FROM suppressions ORDER BY 1'),
    imports: all('SELECT file_name, row_count, created, updated, skipped, rejected, events, undone_at FROM imports ORDER BY created_at, file_name'),
    searchAnn: all("SELECT count(*) AS n FROM contacts_fts WHERE contacts_fts MATCH 'lumière'"),
  };
};

describe('an import written by its own thread', () => {
  it('leaves the same database as one written at once: new, merged, updated, unsubscribed, events', async () => {
    const [inline, threaded] = [boot(), boot()];
    for (const [booted, inThread] of [[inline, false], [threaded, true]] as const) {
      await importText(booted, 'contacts.csv', CONTACTS, inThread);
      await importText(booted, 'events.csv', EVENTS, inThread);
      await importText(booted, 'contacts-again.csv', CONTACTS_AGAIN, inThread);
    }
    const expected = dump(inline);
    // The cases this is meant to cover are all in it.
    expect(expected.contacts.length).toBe(6);
    expect(expected.changes.filter((change) => (change as { action: string }).action === 'updated').length).toBe(2);
    expect(expected.suppressions.length).toBe(1);
    expect(expected.events.length).toBe(4);
    expect(expected.searchAnn).toEqual([{ n: 1 }]);
    expect(dump(threaded)).toEqual(expected);
  });

  it('adds later rows to the new contacts it has written, as a single write does', async () => {
    const header = CONTACTS.split('\r\n')[0];
    const text = [
      header,
      'C1,ann@example.com,Ann,Martin,06 12 34 56 78,,,,,,FR,fr,vip,yes,2024-01-02T10:00:00Z,',
      'C5,,Eve,Dupont,+33 6 98 76 54 32,,,,,,FR,fr,,,,',
      // Ann by her email, then by her customer id, then opting out.
      'C1,ann@example.com,,,,Atelier Lumière,,,,,,,fidèle,,,',
      'C1,,,,,,,,,,,,,,,prefers mornings',
      'C1,ann@example.com,,,,,,,,,,,,unsubscribed,,',
      // Eve by her phone, which brings her an email; then by that email.
      ',eve@example.com,,,+33 6 98 76 54 32,Boutique Eve,,,,,,,,,,',
      ',eve@example.com,,,,,,,,,,,client,,,',
      // Another email on Eve's phone is somebody else; then he gets a company and a customer id.
      ',frank@example.com,Frank,,+33 6 98 76 54 32,,,,,,FR,fr,,,,',
      'C7,frank@example.com,,,,Frank & Co,,,,,,,,,,',
    ].join('\r\n');
    const [inline, threaded] = [boot(), boot()];
    await importText(inline, 'merges.csv', text, false);
    const result = await importText(threaded, 'merges.csv', text, true);
    expect(result.commit).toMatchObject({ created: 3, updated: 0, rejected: 0 });
    const written = dump(threaded);
    expect(written.contacts).toEqual([
      expect.objectContaining({ first_name: 'Eve', email: 'eve@example.com', phone: '+33698765432', company: 'Boutique Eve', source_id: 'C5' }),
      expect.objectContaining({ first_name: 'Frank', email: 'frank@example.com', phone: '+33698765432', company: 'Frank & Co', source_id: 'C7' }),
      expect.objectContaining({ first_name: 'Ann', company: 'Atelier Lumière', notes: 'prefers mornings', consent_basis: 'consent', unsubscribed_at: NOW }),
    ]);
    expect(written.tags).toEqual([
      { sort_name: 'dupont eve', tag: 'client' },
      { sort_name: 'martin ann', tag: 'fidèle' },
      { sort_name: 'martin ann', tag: 'vip' },
    ]);
    // Ann's address and her number.
    expect(written.suppressions).toHaveLength(2);
    expect(written.searchAnn).toEqual([{ n: 1 }]);
    expect(written).toEqual(dump(inline));
  });

  it('knows stored contacts by their stored email, and updates one a later row changes', async () => {
    const header = CONTACTS.split('\r\n')[0];
    const stored = [header, 'S1,bob@example.com,Bob,Martin,06 11 22 33 44,,,,,,FR,fr,,,,', 'S2,cy@example.com,Cy,Leroy,,,,,,,FR,fr,,,,'].join('\r\n');
    const later = [
      header,
      // Bob by his phone alone, as stored: nothing to change, but he has an email.
      ',,Bob,Martin,06 11 22 33 44,,,,,,FR,fr,,,,',
      // So another email on his phone is somebody else.
      ',zoe@example.com,Zoe,,06 11 22 33 44,,,,,,FR,fr,,,,',
      // Cy as stored, then with a company.
      'S2,cy@example.com,Cy,Leroy,,,,,,,FR,fr,,,,',
      'S2,cy@example.com,,,,Leroy & Co,,,,,,,,,,',
    ].join('\r\n');
    const [inline, threaded] = [boot(), boot()];
    const results = [];
    for (const [booted, inThread] of [[inline, false], [threaded, true]] as const) {
      await importText(booted, 'stored.csv', stored, inThread);
      results.push(await importText(booted, 'later.csv', later, inThread));
    }
    for (const result of results) expect(result.commit).toMatchObject({ created: 1, updated: 1, skipped: 1 });
    const written = dump(threaded);
    expect(written.contacts).toEqual([
      expect.objectContaining({ first_name: 'Cy', email: 'cy@example.com', company: 'Leroy & Co' }),
      expect.objectContaining({ first_name: 'Bob', email: 'bob@example.com', company: '' }),
      expect.objectContaining({ first_name: 'Zoe', email: 'zoe@example.com', phone: '+33611223344' }),
    ]);
    expect(written).toEqual(dump(inline));
  });

  it('reads the file again whole when a line of an order comes long after the order', async () => {
    const line = (n: number, person: number, items: string) => `E${n},C${person},p${person}@example.com,order,2025-01-26T09:10:42Z,10.00,EUR,paid,#${n},${items},,shop`;
    const far = [EVENTS.split('\r\n')[0], ...Array.from({ length: 2500 }, (_, n) => line(n, n % 50, '1× Savon')), line(3, 3, '2× Tasse')].join('\r\n');
    const [inline, threaded] = [boot(), boot()];
    const results = [await importText(inline, 'far.csv', far, false), await importText(threaded, 'far.csv', far, true)];
    expect(results.map((result) => result.commit?.events)).toEqual([2500, 2500]);
    expect(dump(threaded)).toEqual(dump(inline));
    const items = threaded.database.sqlite.prepare("SELECT items FROM contact_events WHERE reference = '#3'").pluck().get();
    expect(JSON.parse(items as string)).toEqual([{ name: 'Savon', quantity: 1 }, { name: 'Tasse', quantity: 2 }]);
  });

  it('reports what it wrote, and can be undone', async () => {
    const booted = boot();
    const result = await importText(booted, 'contacts.csv', CONTACTS, true);
    expect(result.commit).toMatchObject({ created: 4, updated: 0, rejected: 1, events: 0 });
    expect(result.commit!.changedIds).toHaveLength(4);
    undoImport({ db: booted.database.db, clock, events: booted.events }, result.commit!.importId);
    expect(dump(booted).contacts).toEqual([]);
  });

  it('writes nothing when cancelled, even after batches were written', async () => {
    const booted = boot();
    // Cancelled at the check of row 2,000: by then four batches of 500 went to the writer.
    const rows = Array.from({ length: 3000 }, (_, i) => `C${i},p${i}@example.com,P${i},,,,,,,,,,,,,`);
    let checks = 0;
    const cancelling = { ...hooks, isCancelled: () => ++checks > 4 };
    await expect(importText(booted, 'many.csv', [CONTACTS.split('\r\n')[0], ...rows].join('\r\n'), true, cancelling)).rejects.toThrow(ImportCancelled);
    expect(checks).toBe(5);
    expect(dump(booted).contacts).toEqual([]);
    expect(dump(booted).imports).toEqual([]);
  });

  it('writes nothing when the database refuses a row, and says why', async () => {
    const booted = boot();
    booted.database.sqlite.exec("CREATE TRIGGER refuse BEFORE INSERT ON contact_events BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    await expect(importText(booted, 'events.csv', EVENTS, true)).rejects.toThrow('refused by the test');
    expect(dump(booted).contacts).toEqual([]);
    expect(dump(booted).imports).toEqual([]);
  });

  it('says BUSY when another write holds the database past the wait, whichever thread writes', async () => {
    const booted = boot();
    const other = new Database(booted.database.sqlite.name);
    try {
      other.exec('BEGIN IMMEDIATE');
      booted.database.sqlite.pragma('busy_timeout = 50');
      await expect(importText(booted, 'contacts.csv', CONTACTS, false)).rejects.toMatchObject({ code: 'BUSY', message: expect.stringContaining('Nothing of this file was saved') });
      // The writer thread's own connection waits the usual 5 s.
      await expect(importText(booted, 'contacts.csv', CONTACTS, true)).rejects.toMatchObject({ code: 'BUSY' });
      other.exec('ROLLBACK');
      expect(dump(booted).contacts).toEqual([]);
    } finally {
      other.close();
    }
  }, 20_000);

  it('stops checking the file as soon as the writer gives up, and says why', async () => {
    const booted = boot();
    booted.database.sqlite.exec("CREATE TRIGGER refuse BEFORE INSERT ON imports BEGIN SELECT RAISE(ABORT, 'no imports today'); END");
    // More batches than may wait for the writer: the check must not wait for one that gave up.
    const rows = Array.from({ length: 40_000 }, (_, i) => `C${i},p${i}@example.com,P${i},,,,,,,,,,,,,`);
    await expect(importText(booted, 'many.csv', [CONTACTS.split('\r\n')[0], ...rows].join('\r\n'), true)).rejects.toThrow('no imports today');
    expect(dump(booted).contacts).toEqual([]);
  });
});
