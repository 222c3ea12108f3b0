import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';

// A preview reads the file a row at a time and keeps none of its cells; the rejected rows are
// read again from the staged file for the file a person downloads to fix them.

const NOW = Date.parse('2026-11-25T10:00:00Z');

let dir: string;
let booted: Booted;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-job-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock: { now: () => new Date(NOW) } });
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const csv = [
  'Email,First name,Notes',
  'ann@example.com,Ann,"first, with a comma"',
  'not-an-address,Bob,"a note on',
  'two lines"',
  ',,',
  'cy@example.com,Cy,',
  'dee@@example.com,Dee,"say ""hi"""',
  'ann@example.com,Annie,later',
].join('\r\n');

const preview = async (text: string) => {
  const staged = booted.stageFile('people.csv', new TextEncoder().encode(text));
  return booted.imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, true);
};

describe('a preview', () => {
  it('lists the rejected rows as the file wrote them, with the reason first', async () => {
    const { preview: shown, rejectedCsv, commit } = await preview(csv);
    expect(commit).toBeNull();
    expect(shown.counts).toMatchObject({ rows: 5, create: 2, merged: 1, reject: 2 });
    expect(rejectedCsv).toBe(
      '\uFEFF' +
      [
        'problem,line,Email,First name,Notes',
        '"""not-an-address"" is not an email address: it needs a name, an @ and a domain.",3,not-an-address,Bob,"a note on\r\ntwo lines"',
        '"""dee@@example.com"" is not a usable email address: the part before @ has spaces, quotes or misplaced dots.",7,dee@@example.com,Dee,"say ""hi"""',
        '',
      ].join('\r\n'),
    );
  });

  it('shows the first rows and the problems of the file and of the check, by line', async () => {
    const { preview: shown } = await preview(`${csv}\r\nzoe@example.com,Zoé,extra,value`);
    expect(shown.headers).toEqual(['Email', 'First name', 'Notes']);
    expect(shown.samples).toEqual([
      ['ann@example.com', 'Ann', 'first, with a comma'],
      ['not-an-address', 'Bob', 'a note on\r\ntwo lines'],
      ['cy@example.com', 'Cy', ''],
    ]);
    expect(shown.problems.map((problem) => [problem.line, problem.rule])).toEqual([
      [3, 'email.invalid'],
      [7, 'email.invalid'],
      [9, 'import.extraValue'],
    ]);
  });

  it('has an empty rejected-rows file when nothing is rejected', async () => {
    const { rejectedCsv } = await preview('Email\r\nann@example.com\r\n');
    expect(rejectedCsv).toBe('\uFEFFproblem,line,Email\r\n');
  });

  it('writes a rejected row’s formula cell as text, never as a formula a spreadsheet runs', async () => {
    const { rejectedCsv } = await preview('Email,Notes\r\nnot-an-address,"=HYPERLINK(""https://example.com/x"",""open"")"\r\n');
    expect(rejectedCsv).toContain(`,"'=HYPERLINK(""https://example.com/x"",""open"")"\r\n`);
    expect(rejectedCsv).not.toContain(',"=HYPERLINK');
  });
});
