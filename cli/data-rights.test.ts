import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Contact, type EraseResult, type PersonExport } from '../api';
import { bootCore } from '../core/boot';
import { repoRoot, runCli, type CliRun } from './test-support/run-cli';

const migrationsFolder = join(repoRoot, 'db', 'migrations');
const relance = (...args: string[]): Promise<CliRun> => runCli(join(dir, 'never-used'), ...args);

let dir: string;
let dataDir: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-rights-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder, host: 'cli' });
  try {
    const people = [
      { firstName: 'Héloïse', lastName: 'Lefèvre', email: 'heloise@example.fr', phone: '06 12 34 56 78', tags: ['atelier'] },
      { firstName: 'Hugo', lastName: 'Bernard', email: 'Hugo@Example.com' },
    ];
    for (const person of people) {
      const created = await booted.handlers['contacts.create'](contract['contacts.create'].input.parse(person));
      ids[person.firstName] = created.id;
    }
    await booted.handlers['events.log'](contract['events.log'].input.parse({ type: 'note', contactId: ids['Héloïse'], note: 'Called about the workshop' }));
  } finally {
    booted.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const contactsNow = async (): Promise<Contact[]> => JSON.parse((await relance('contacts', '--data-dir', dataDir, '--json')).stdout) as Contact[];

describe('relance export-person and erase', () => {
  it('prints everything held on a person found by email address, as JSON on stdout', async () => {
    const run = await relance('export-person', 'HELOISE@example.fr', '--data-dir', dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as PersonExport;
    expect(document.contact).toMatchObject({ id: ids['Héloïse'], firstName: 'Héloïse', email: 'heloise@example.fr', phone: '+33612345678' });
    expect(document.tags).toEqual(['atelier']);
    expect(document.timeline).toEqual([expect.objectContaining({ type: 'note', note: 'Called about the workshop' })]);
    expect(document.auditLog).toEqual([expect.objectContaining({ action: 'export', origin: 'cli' })]);
  });

  it('writes the JSON to a file with --out and says where', async () => {
    const out = join(dir, 'hugo.json');
    const run = await relance('export-person', ids['Hugo']!, '--out', out, '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote everything Relance holds on Hugo Bernard to ${out}.\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as PersonExport).contact).toMatchObject({ id: ids['Hugo'], email: 'Hugo@example.com' });
  });

  it('says so when nobody has the address, and exits 1', async () => {
    const run = await relance('export-person', 'nobody@example.org', '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('relance: No contact has the address nobody@example.org. Check it with: relance contacts --search nobody@example.org\n');
  });

  it('asks for one person', async () => {
    const run = await relance('erase', '--data-dir', dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Name one contact: relance erase ID|EMAIL.');
  });

  it('erases at once and says what went in one sentence', async () => {
    const run = await relance('erase', 'heloise@example.fr', '--data-dir', dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Erased Héloïse Lefèvre (${ids['Héloïse']}): the contact, 1 timeline event, 0 messages and 0 import records; only a hash of their address and number stays, so no import brings them back.\n`,
    );
    expect((await contactsNow()).map((c) => c.firstName)).toEqual(['Hugo']);
  });

  it('skips the erased person when a file brings them again, and says how many rows', async () => {
    const file = join(dir, 'again.csv');
    writeFileSync(file, 'First Name,Last Name,Email\nHéloïse,Lefèvre,heloise@example.fr\nNina,Roux,nina@example.org\n');
    const run = await relance('import', file, '--data-dir', dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Created 1, updated 0, skipped 0, merged 0 duplicates, rejected 0; 0 events\.$/m);
    expect(run.stdout).toMatch(/^1 row of an erased person skipped\.$/m);
    expect((await contactsNow()).map((c) => c.firstName).sort()).toEqual(['Hugo', 'Nina']);
  });

  it('erases by id with --json', async () => {
    const run = await relance('erase', ids['Hugo']!, '--json', '--data-dir', dataDir);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as EraseResult;
    expect(result).toMatchObject({ id: ids['Hugo'], suppressed: ['email'], removed: { contact: 1 } });
    expect((await contactsNow()).map((c) => c.firstName)).toEqual(['Nina']);
    expect(existsSync(join(dataDir, 'relance.db-wal')) ? readFileSync(join(dataDir, 'relance.db-wal')).length : 0).toBe(0);
  });
});
