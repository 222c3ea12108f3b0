import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../api';
import { bootCore } from '../core/boot';
import { repoRoot, runCli, type CliRun } from './test-support/run-cli';

// relance export, run as a person runs it: the file written, its mode, the exit codes.
const migrationsFolder = join(repoRoot, 'db', 'migrations');
const relance = (...args: string[]): Promise<CliRun> => runCli(join(dir, 'never-used'), ...args);

let dir: string;
let dataDir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-export-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder, host: 'cli' });
  try {
    const consent = { basis: 'consent', source: 'newsletter form', at: null };
    for (const person of [
      { firstName: 'Héloïse', lastName: 'Lefèvre', email: 'heloise@example.com', tags: ['atelier'], consent },
      { firstName: '@Hugo', lastName: 'Bernard', email: 'hugo@example.com' },
    ]) {
      await booted.handlers['contacts.create'](contract['contacts.create'].input.parse(person));
    }
  } finally {
    booted.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relance export', () => {
  it('writes every contact as CSV with the chosen delimiter, readable by its owner only', async () => {
    const out = join(dir, 'contacts.csv');
    const run = await relance('export', 'contacts', '--format', 'csv', '--delimiter', ';', '--out', out, '--data-dir', dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Wrote 2 contacts to ${out}.\n`);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFEmail;First name;Last name;')).toBe(true);
    expect(text).toContain("hugo@example.com;'@Hugo;Bernard;");
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('writes a segment as a hashed Google audience, and warns under 100 people', async () => {
    const out = join(dir, 'audience.csv');
    const run = await relance('export', 'audience', 'lapsed-customers', '--format', 'google', '--out', out, '--data-dir', dataDir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'google', is_below_audience_minimum: true });
    expect(run.stderr).toMatch(/need at least 100/);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('\uFEFFEmail,Phone,First Name,Last Name,Country,Zip');
  });

  it('exits 2 with a sentence on an unknown segment or a format the export does not write', async () => {
    const out = join(dir, 'never.csv');
    const unknown = await relance('export', 'segment', 'no-such-segment', '--format', 'csv', '--out', out, '--data-dir', dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^relance: There is no segment "no-such-segment"\. relance segments lists them: .*lapsed-customers/);
    const format = await relance('export', 'contacts', '--format', 'meta', '--out', out, '--data-dir', dataDir);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('relance: relance export contacts writes csv, vcard, not "meta". Run relance export --help for the options.\n');
    const noOut = await relance('export', 'contacts', '--format', 'csv', '--data-dir', dataDir);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out FILE/);
    expect(() => statSync(out)).toThrow();
  });

  it('explains in its help, in English and French, what an audience file takes off the machine', async () => {
    const run = await relance('export', 'audience', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('What leaves your computer');
    expect(run.stdout).toContain('Ce qui quitte votre ordinateur');
  });
});
