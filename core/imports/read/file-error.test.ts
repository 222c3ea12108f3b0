import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { readTable } from './read-table';

// Each refusal of a whole file names its rule and the values a translation needs.
const refusal = async (bytes: Uint8Array, fileName: string): Promise<DomainError> => {
  const error = await readTable(bytes, fileName).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
};

const bytes = (...values: number[]): Uint8Array => new Uint8Array([...values, ...new TextEncoder().encode('rest of the file')]);

describe('a refused file', () => {
  it.each([
    ['a PDF', bytes(0x25, 0x50, 0x44, 0x46), 'contacts.csv', 'import.file.pdf', { fileName: 'contacts.csv', format: 'PDF' }],
    ['an Excel 97–2003 workbook', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'clients.xls', 'import.file.oldOffice', { fileName: 'clients.xls', format: 'xls' }],
    ['a JPEG', bytes(0xff, 0xd8, 0xff), 'photo.csv', 'import.file.image', { fileName: 'photo.csv', format: 'JPEG' }],
    ['a RAR archive', bytes(0x52, 0x61, 0x72, 0x21), 'export.rar', 'import.file.archive', { fileName: 'export.rar', format: 'RAR' }],
    ['binary data', new Uint8Array(400).map((_, i) => (i % 7 === 0 ? 1 : 65)), 'data.csv', 'import.file.binary', { fileName: 'data.csv' }],
    ['a broken workbook', new TextEncoder().encode('not a workbook'), 'contacts.xlsx', 'import.file.unreadableWorkbook', { fileName: 'contacts.xlsx' }],
  ])('%s names its rule', async (_, input, fileName, rule, params) => {
    const error = await refusal(input, fileName);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: 'file', message: error.message, rule, params }]);
  });
});
