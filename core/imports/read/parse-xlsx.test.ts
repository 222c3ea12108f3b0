import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { fileSource } from './byte-source';
import { readTable, streamTable } from './read-table';
import { readAll } from './table-from-records';

// Workbooks are written here with write-excel-file, so each test states exactly what it holds.
const workbook = async (): Promise<Uint8Array> => {
  const buffer = await writeXlsxFile([
    [null],
    ['Email', 'Prénom', 'Nom', 'Inscrit le', 'Dernière visite', 'Téléphone', 'Montant', 'Actif', 'Note'],
    [
      'helene.dupre@laposte.example',
      'Hélène',
      'Dupré',
      { value: new Date(Date.UTC(2026, 10, 25)), format: 'dd/mm/yyyy' },
      { value: new Date(Date.UTC(2026, 10, 25, 9, 14)), format: 'dd/mm/yyyy hh:mm' },
      33612345678,
      12.5,
      true,
      '  Allergique aux noix ; 🙏  ',
    ],
    ['zoe@example.org', 'Zoë', 'Van den Broeck', null, null, null, 0.1 + 0.2, false, null],
    [null, null, null, null, null, null, null, null, null],
    ['lukasz@example.net', 'Łukasz', 'Wiśniewski', null, null, 1e21, -0.00000015, null, 'Żółw'],
  ]).toBuffer();
  return new Uint8Array(buffer);
};

describe('xlsx', () => {
  it('reads the same from the staged file as from its bytes', async () => {
    const bytes = await workbook();
    const dir = mkdtempSync(join(tmpdir(), 'relance-xlsx-'));
    try {
      writeFileSync(join(dir, 'contacts.xlsx'), bytes);
      expect(readAll(await streamTable(fileSource(join(dir, 'contacts.xlsx'), 64), 'contacts.xlsx'))).toEqual(await readTable(bytes, 'contacts.xlsx'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the first sheet as strings, header from the first non-empty row', async () => {
    const table = await readTable(await workbook(), 'contacts.xlsx');
    expect(table).toMatchObject({ format: 'xlsx', encoding: 'xlsx', delimiter: null, problems: [] });
    expect(table.headers).toEqual(['Email', 'Prénom', 'Nom', 'Inscrit le', 'Dernière visite', 'Téléphone', 'Montant', 'Actif', 'Note']);
    // Sheet row numbers, as Excel shows them: header on row 2, row 5 empty and skipped.
    expect(table.rows.map((row) => row.line)).toEqual([3, 4, 6]);
    expect(table.rows[0]!.cells).toEqual([
      'helene.dupre@laposte.example',
      'Hélène',
      'Dupré',
      '2026-11-25',
      '2026-11-25T09:14:00',
      '33612345678',
      '12.5',
      'true',
      '  Allergique aux noix ; 🙏  ',
    ]);
    expect(table.rows[1]!.cells).toEqual(['zoe@example.org', 'Zoë', 'Van den Broeck', '', '', '', '0.3', 'false', '']);
    expect(table.rows[2]!.cells).toEqual(['lukasz@example.net', 'Łukasz', 'Wiśniewski', '', '', '1000000000000000000000', '-0.00000015', '', 'Żółw']);
  });

  it('finds a workbook by its bytes even under another name', async () => {
    const table = await readTable(await workbook(), 'export.csv');
    expect(table.format).toBe('xlsx');
  });

  it('refuses a truncated workbook with a message naming the file and what to do', async () => {
    const bytes = await workbook();
    await expect(readTable(bytes.subarray(0, Math.floor(bytes.length / 2)), 'contacts.xlsx')).rejects.toThrow(
      '"contacts.xlsx" could not be read as an Excel workbook. Save it again from Excel as .xlsx or export it as CSV.',
    );
  });

  it('refuses an .xlsx that is not a ZIP archive at all', async () => {
    await expect(readTable(new TextEncoder().encode('not a workbook'), 'contacts.xlsx')).rejects.toThrow(
      '"contacts.xlsx" could not be read as an Excel workbook.',
    );
  });

  it('refuses a ZIP archive that holds no workbook', async () => {
    const bytes = await workbook();
    // Same archive, with the workbook part's name garbled in every header that names it.
    const text = Buffer.from(bytes).toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.bad');
    const garbled = new Uint8Array(Buffer.from(text, 'latin1'));
    await expect(readTable(garbled, 'archive.zip')).rejects.toThrow('"archive.zip" could not be read as an Excel workbook.');
  });
});
