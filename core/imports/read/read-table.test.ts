import { describe, expect, it } from 'vitest';
import { readTable } from './read-table';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readTable', () => {
  it('reads a delimited file and says how', async () => {
    const table = await readTable(ascii('email;name\r\na@example.com;Ana\r\n'), 'contacts.csv');
    expect(table).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      headers: ['email', 'name'],
      rows: [{ line: 2, cells: ['a@example.com', 'Ana'] }],
      problems: [],
    });
  });

  it('keeps duplicated header names as they are', async () => {
    const table = await readTable(ascii('Email,Email,Name\na,b,c\n'), 'x.csv');
    expect(table.headers).toEqual(['Email', 'Email', 'Name']);
  });

  it('does not count one extra empty value (trailing delimiter) as a problem, but does count lost values', async () => {
    const table = await readTable(ascii('a,b\n1,2,\n3,4,5\n6\n'), 'x.csv');
    expect(table.rows.map((row) => row.cells)).toEqual([['1', '2'], ['3', '4'], ['6', '']]);
    expect(table.problems).toEqual([
      { line: 3, column: null, message: 'This line has 1 more value than the header; the extra ones were ignored.', rule: 'import.extraValue', params: { count: '1' } },
      { line: 4, column: null, message: 'This line has 1 fewer value than the header; the missing ones were left empty.', rule: 'import.missingValue', params: { count: '1' } },
    ]);
  });

  it('names the rule of a line with several extra values, with their count', async () => {
    const table = await readTable(ascii('a,b\n1,2,3,4\n'), 'x.csv');
    expect(table.problems).toEqual([
      { line: 2, column: null, message: 'This line has 2 more values than the header; the extra ones were ignored.', rule: 'import.extraValues', params: { count: '2' } },
    ]);
  });

  it('reads a BOM-less UTF-16LE export', async () => {
    const text = 'Email\tNom\r\nana@example.com\tLima 🙏\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    const table = await readTable(bytes, 'export.txt');
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', headers: ['Email', 'Nom'] });
    expect(table.rows[0]!.cells).toEqual(['ana@example.com', 'Lima 🙏']);
  });

  it('refuses a PDF, whatever its name, with a sentence naming the file', async () => {
    await expect(readTable(ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'contacts.csv')).rejects.toThrow(
      '"contacts.csv" is a PDF document, which cannot be imported. Export your contacts as CSV, Excel (.xlsx) or vCard (.vcf) and import that file.',
    );
  });

  it('refuses an Excel 97–2003 workbook with what to do instead', async () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readTable(bytes, 'old.xls')).rejects.toThrow('Open it in Excel and save it as .xlsx, or export it as CSV');
  });

  it('refuses unknown binary data full of NUL bytes', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : (i * 7) % 256));
    await expect(readTable(bytes, 'data.bin')).rejects.toThrow('"data.bin" is not a text, Excel or vCard file: it contains binary data.');
  });

  it('reads 100,000 rows × 16 columns fast', async () => {
    const header = Array.from({ length: 16 }, (_, i) => `col${i}`).join(',');
    const line = 'C00000001,jurgen@example.org,Jürgen,Schröder,0160 86818366,,3 Bahnhofstraße,10115,Berlin,,DE,de,"VIP, Donor",yes,2024-09-04T16:15:15Z,';
    const bytes = ascii(`${header}\n${`${line}\n`.repeat(100_000)}`);
    const started = performance.now();
    const table = await readTable(bytes, 'large.csv');
    const elapsed = performance.now() - started;
    expect(table.rows).toHaveLength(100_000);
    expect(table.problems).toEqual([]);
    // About 0.25 s on a developer machine; the bound leaves room for a busy CI runner.
    expect(elapsed).toBeLessThan(3000);
  });
});
