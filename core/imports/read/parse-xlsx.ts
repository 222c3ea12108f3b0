import type { SheetData } from 'read-excel-file/node';
import type { DomainError } from '../../errors';
import type { ParsedTable, TableRow } from '../types';
import { cellText } from './cell-text';
import { fileError } from './file-error';
import { tableFromRecords } from './table-from-records';

// The first sheet of an .xlsx workbook as a table of strings; `line` is the sheet row number.

export const unreadableWorkbookError = (fileName: string): DomainError =>
  fileError('unreadableWorkbook', `"${fileName}" could not be read as an Excel workbook. Save it again from Excel as .xlsx or export it as CSV.`, { fileName });

export const parseXlsx = async (bytes: Uint8Array, fileName: string): Promise<ParsedTable> => {
  let sheet: SheetData;
  try {
    const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Cells are not trimmed here, as for CSV: the mapping trims, and knows what it trimmed.
    // Loaded for a workbook only, not by every command.
    const { readSheet } = await import('read-excel-file/node');
    sheet = await readSheet(input, 1, { trim: false });
  } catch (cause) {
    const failure = unreadableWorkbookError(fileName);
    failure.cause = cause;
    throw failure;
  }
  // read-excel-file fills gaps with empty rows, so index + 1 is the row number Excel shows.
  const records: TableRow[] = [];
  sheet.forEach((row, index) => {
    const cells = row.map(cellText);
    if (cells.some((cell) => cell !== '')) records.push({ line: index + 1, cells });
  });
  return tableFromRecords(records, [], { format: 'xlsx', encoding: 'xlsx', delimiter: null });
};
