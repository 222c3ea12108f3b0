import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli';

// A donation platform's JSON file and a broken one, imported from the terminal as an owner does.
describe('relance import of a JSON export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relance-json-'));
  const dataDir = join(dir, 'data');
  const relance = (...args: string[]) => runCli(join(dir, 'unused'), ...args, '--data-dir', dataDir);
  const donations = fileURLToPath(new URL('../core/imports/map/test-fixtures/donorbox-donations.json', import.meta.url));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads it as JSON, with its donors and their gifts, a refunded one said to count in no figure', async () => {
    const run = await relance('import', donations);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^donorbox-donations\.json: json \(Donorbox\), utf-8, 3 rows$/m);
    expect(run.stdout).toMatch(/^Created 2, updated 0, skipped 0, merged 1 duplicate, rejected 0; 2 events\.$/m);
    expect(run.stdout).toContain('Status “refunded”: not counted as an order or a gift.');
  });

  it('refuses broken JSON, naming the line and column', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[\n  {"id": 1, "amount": "25.0"},\n  {"id": 2 "amount": "10.0"}\n]');
    const run = await relance('import', file);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('"broken.json" is not valid JSON: it breaks off at line 3, column 12.');
  });
});
