import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Contact } from '../api';
import { bootCore } from '../core/boot';
import { repoRoot, runCli, type CliRun } from './test-support/run-cli';

const migrationsFolder = join(repoRoot, 'db', 'migrations');

const relance = (...args: string[]): Promise<CliRun> => runCli(join(dir, 'never-used'), ...args);

let dir: string;
let dataDir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder, host: 'cli' });
  try {
    const create = booted.handlers['contacts.create'];
    const people = [
      { firstName: 'Héloïse', lastName: 'Lefèvre', email: 'heloise@example.fr', phone: '06 12 34 56 78' },
      { firstName: 'Hugo', lastName: 'Bernard', email: 'hugo@example.com', company: 'Harbour Coffee Co.' },
      { firstName: 'Camille', lastName: 'Durand', email: 'camille@example.org', phone: '01 99 00 12 34' },
    ];
    for (const person of people) await create(contract['contacts.create'].input.parse(person));
  } finally {
    booted.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relance CLI', () => {
  it('prints help listing the commands and exits 0', async () => {
    const run = await relance('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: relance <command>/m);
    expect(run.stdout).toMatch(/^ {2}web\b/m);
    expect(run.stdout).toMatch(/^ {2}contacts\b/m);
  });

  it('lists contacts as a JSON array', async () => {
    const run = await relance('contacts', '--data-dir', dataDir, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const contacts = JSON.parse(run.stdout) as Contact[];
    expect(contacts.map((c) => ({ email: c.email, firstName: c.firstName, lastName: c.lastName, phone: c.phone }))).toEqual([
      { email: 'hugo@example.com', firstName: 'Hugo', lastName: 'Bernard', phone: null },
      { email: 'camille@example.org', firstName: 'Camille', lastName: 'Durand', phone: '+33199001234' },
      { email: 'heloise@example.fr', firstName: 'Héloïse', lastName: 'Lefèvre', phone: '+33612345678' },
    ]);
  });

  it('filters with --search', async () => {
    const run = await relance('contacts', '--data-dir', dataDir, '--json', '--search', 'heloise');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Contact[]).map((c) => c.email)).toEqual(['heloise@example.fr']);
  });

  it('prints a table with a count without --json', async () => {
    const run = await relance('contacts', '--data-dir', dataDir, '--search', 'harbour');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Name +Email +Phone +Company$/m);
    expect(run.stdout).toContain('Hugo Bernard');
    expect(run.stdout).toMatch(/^1 contact$/m);
  });

  it('exits 1 with a sentence on stderr when there is no database in the folder', async () => {
    const missing = join(dir, 'missing');
    const run = await relance('contacts', '--data-dir', missing, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`relance: No Relance database in ${missing}. Start Relance with --data-dir ${missing} first, or check the folder.\n`);
  });

  it('never creates a database for imports or undo-import pointed at a wrong folder', async () => {
    const missing = join(dir, 'missing-imports');
    for (const args of [['imports'], ['undo-import', 'some-id']]) {
      const run = await relance(...args, '--data-dir', missing);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`No Relance database in ${missing}.`);
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('exits 2 on an unknown command', async () => {
    const run = await relance('explode');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown command "explode"/);
  });

  it('exits 2 on an unknown option', async () => {
    const run = await relance('contacts', '--data-dir', dataDir, '--colour');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^relance: /);
  });

  it('prints every built-in segment with its count as JSON', async () => {
    const run = await relance('segments', '--data-dir', dataDir, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const segments = JSON.parse(run.stdout) as { id: string; name: string; count: number }[];
    expect(segments.map((s) => s.id)).toEqual(['carts-to-recover', 'lapsed-customers', 'lybunt', 'sybunt', 'silent-prospects', 'review-ready', 'beyond-3-years', 'repermission-unanswered']);
    expect(Object.keys(segments[0]!)).toEqual(['id', 'name', 'count']);
  });

  it('lists a segment as JSON and refuses an unknown one', async () => {
    const run = await relance('segment', 'lybunt', '--data-dir', dataDir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    const unknown = await relance('segment', 'vip', '--data-dir', dataDir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^relance: There is no segment "vip"/);
  });
});
