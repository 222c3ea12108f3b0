import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli';

// Counts as a person reads them in the terminal: "1 row", "1 contact", never "1 rows".
describe('relance counts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-counts-'));
  const dataDir = join(dir, 'data');
  const relance = (...args: string[]) => runCli(join(dir, 'unused'), ...args, '--data-dir', dataDir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('word one row, one contact and one duplicate in the singular', async () => {
    const file = join(dir, 'one.csv');
    writeFileSync(file, 'First Name,Last Name,Email\nNina,Roux,nina@example.org\nNina,Roux,nina@example.org\n');
    const imported = await relance('import', file);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/, 2 rows$/m);
    expect(imported.stdout).toMatch(/^Created 1, updated 0, skipped 0, merged 1 duplicate, rejected 0; 0 events\.$/m);
    const listed = await relance('contacts');
    expect(listed.stdout).toMatch(/\n1 contact\n$/);
  });

  it('word a single row as one', async () => {
    const file = join(dir, 'single.csv');
    writeFileSync(file, 'First Name,Last Name,Email\nHugo,Martin,hugo@example.com\n');
    const run = await relance('import', file, '--dry-run');
    expect(run.stdout).toMatch(/, 1 row$/m);
  });
});
