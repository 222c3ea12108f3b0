import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './test-support/run-cli';

// `relance import` says what the contact form's rules cleaned, line and column, and which
// column sharing its header was left out, the dry run as the import.
let dir: string;
let file: string;
const relance = (...args: string[]) => runCli(join(dir, 'never-used'), ...args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-field-rules-'));
  file = join(dir, 'carts.csv');
  writeFileSync(file, ['First name,Email,Company,Company,Cart link,Cart date', 'Ana,ana@example.com,Atelier,Other Ltd,javascript:alert(1),2026-11-20'].join('\n'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relance import', () => {
  it('prints the link it left out and the second column of the same name, dry run and import alike', async () => {
    const dataDir = join(dir, 'data');
    for (const args of [['--dry-run'], []]) {
      const run = await relance('import', file, '--data-dir', dataDir, ...args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('line 2, Cart link: “javascript:alert(1)” is not a web address starting with https:// or http://: it was left out.');
      expect(run.stdout).toContain('left out: “Company” (column 4) has the same name as column 3, which is read as company: this second one is left out.');
    }
  });
});
