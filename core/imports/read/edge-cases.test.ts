import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table';

// shared/fixtures/edge-cases, checked against its EXPECTATIONS.md.
const read = (name: string) =>
  readTable(new Uint8Array(readFileSync(new URL(`../../../../shared/fixtures/edge-cases/${name}`, import.meta.url))), name);

const column = (table: { headers: string[]; rows: { cells: string[] }[] }, header: string): string[] => {
  const index = table.headers.indexOf(header);
  return table.rows.map((row) => row.cells[index]!);
};

describe('edge-case files', () => {
  it('French Excel: windows-1252, semicolons, a quoted cell with ; and a line break', async () => {
    const table = await read('fr-excel-semicolon-cp1252.csv');
    expect(table).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(table.headers).toEqual([
      'Civilité', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Date d\'inscription', 'Dernier don le',
      'Montant (€)', 'Cumul dons', 'Ville', 'Commentaire',
    ]);
    expect(table.rows).toHaveLength(5);
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
    expect(column(table, 'Nom')[1]).toBe('Lefèvre-Cœur');
    expect(column(table, 'Commentaire')[1]).toBe('L’œuvre de sa vie : « 10 % pour l’asso »');
    // 0xA0 (no-break space) as thousands separator, kept for the amount parser to handle.
    expect(column(table, 'Montant (€)')[0]).toBe('12,50');
    expect(column(table, 'Cumul dons')[0]).toBe('1\u00a0234,56');
    expect(column(table, 'Commentaire')[4]).toBe('Remboursement partiel ; voir courrier\nAdresse : 3 bis, rue de l’Église');
    // Excel's lossy "?" for Ł and ś is kept as is and pointed out.
    expect(column(table, 'Prénom')[3]).toBe('?ukasz');
    expect(table.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 5, column: 'Prénom' },
      { line: 5, column: 'Nom' },
    ]);
  });

  it('UTF-8 with BOM: first header is Email, emoji and combining accent byte-exact', async () => {
    const table = await read('utf8-bom.csv');
    expect(table).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',', problems: [] });
    expect(table.headers[0]).toBe('Email');
    expect(table.rows).toHaveLength(4);
    expect(column(table, 'Notes')[2]).toBe('Emoji: 🙏🎉 ZWJ family: 👨\u200d👩\u200d👧 flag: 🇧🇪');
    expect(column(table, 'Notes')[3]).toBe('Combining: Che\u0301rie (e + U+0301)');
    expect(column(table, 'First Name')[3]).toBe('Chloé 🌸');
    expect(column(table, 'First Name')[0]).toBe('H\u00e9l\u00e8ne');
  });

  it('Excel "Unicode text": UTF-16LE, TAB, a comma that is data, 🙏 intact', async () => {
    const table = await read('utf16le-excel-unicode-text.txt');
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', problems: [] });
    expect(table.headers).toEqual(['Email', 'Prénom', 'Nom', 'Société', 'Notes']);
    expect(table.rows).toHaveLength(4);
    expect(column(table, 'Société')).toEqual(['Dupré, Fils & Cie', 'Żółw Software Sàrl', '', 'Acme "Widgets" Inc.']);
    expect(column(table, 'Notes')).toEqual([
      'comma is NOT a separator here',
      'tab\tinside',
      'surrogate pair 🙏 and CJK 葉士豪',
      'line one\nline two',
    ]);
  });

  it('CRLF rows with line breaks inside quoted notes', async () => {
    const table = await read('crlf.csv');
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 4, 6]);
    expect(column(table, 'notes')).toEqual(['Allergique aux noix.\nPréfère le matin.', 'CRLF inside quotes:\r\nsecond line', '']);
  });

  describe('malformed rows', () => {
    const load = async () => {
      const table = await read('malformed-rows.csv');
      const problemsAt = (line: number) => table.problems.filter((problem) => problem.line === line);
      const rowAt = (line: number) => table.rows.find((row) => row.line === line)?.cells;
      return { table, problemsAt, rowAt };
    };

    it('reports each broken line by its number', async () => {
      const { table, problemsAt } = await load();
      expect(table.delimiter).toBe(',');
      expect([...new Set(table.problems.map((problem) => problem.line))]).toEqual([3, 4, 7, 8, 9, 13, 14]);
      expect(problemsAt(3)[0]!.message).toBe('This line has 2 more values than the header; the extra ones were ignored.');
      expect(problemsAt(4)[0]!.message).toBe('This line has 2 fewer values than the header; the missing ones were left empty.');
      expect(problemsAt(7)[0]).toMatchObject({ column: 'first_name', message: expect.stringContaining('Da"ve') });
      expect(problemsAt(8)[0]).toMatchObject({ column: 'first_name', message: expect.stringContaining('closing quote') });
      expect(problemsAt(9)[0]!.message).toContain('NUL');
      expect(problemsAt(13)[0]!.message).toContain('3 fewer values');
      expect(problemsAt(14)[0]).toMatchObject({ column: 'first_name', message: expect.stringContaining('never closed') });
    });

    it('keeps what can be kept, row by row', async () => {
      const { rowAt } = await load();
      expect(rowAt(3)).toEqual(['extra@example.com', 'Bob', 'Stone', 'Leeds']);
      expect(rowAt(4)).toEqual(['missing@example.com', 'Carl', '', '']);
      expect(rowAt(7)).toEqual(['stray@example.com', 'Da"ve', 'Jones', 'Cork']);
      expect(rowAt(8)).toEqual(['after@example.com', 'Evex', 'Adams', 'Oslo']);
      expect(rowAt(9)).toEqual(['nul@example.com', 'Fiona', 'Gray', 'Bern']);
      expect(rowAt(10)).toEqual(['ok2@example.com', 'Gus, Jr.', 'Hart', 'Lyon']);
      // A trailing delimiter (one extra empty value) is no problem; spaces are the mapping's job.
      expect(rowAt(11)).toEqual(['trailing@example.com', 'Hana', 'Ito', 'Kyoto']);
      expect(rowAt(12)).toEqual(['  spaced@example.com ', ' Ivo ', ' Jansen ', ' Utrecht ']);
      expect(rowAt(13)).toEqual(['semi@example.com;Jo;Kim;Seoul', '', '', '']);
    });

    it('skips the blank line and the line of delimiters', async () => {
      const { table } = await load();
      expect(table.rows.map((row) => row.line)).toEqual([2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    });

    it('does not let the unclosed quote of line 14 swallow lines 15 and 16', async () => {
      const { rowAt } = await load();
      expect(rowAt(14)).toEqual(['unclosed@example.com', '"Kai', 'Lund', 'Aarhus']);
      expect(rowAt(15)).toEqual(['ok3@example.com', 'Lea', 'Moreau', 'Nantes']);
      expect(rowAt(16)).toEqual(['ok4@example.com', 'Max', 'Novak', 'Brno']);
    });
  });

  it('an empty file says so plainly', async () => {
    const table = await read('empty.csv');
    expect(table.rows).toEqual([]);
    expect(table.headers).toEqual([]);
    expect(table.problems).toEqual([{ line: 1, column: null, message: 'The file is empty.', rule: 'import.empty' }]);
  });

  it('a header without rows says so plainly', async () => {
    const table = await read('header-only.csv');
    expect(table.headers).toEqual(['email', 'first_name', 'last_name']);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([{ line: 1, column: null, message: 'The file has a header row but no data rows.', rule: 'import.headerOnly' }]);
  });

  it('duplicates file: spaces, TAB and NBSP around values are kept for the mapping to trim', async () => {
    const table = await read('duplicates-case-whitespace.csv');
    expect(table.problems).toEqual([]);
    expect(column(table, 'email').slice(3, 6)).toEqual([
      '  helene.dupre@laposte.example  ',
      'helene.dupre@laposte.example\t',
      '\u00a0helene.dupre@laposte.example\u00a0',
    ]);
  });
});
