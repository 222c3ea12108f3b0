import type { ParsedTable } from '../../types';

// A small table written inline in a test: the header, then one array of cells per row, lines
// numbered from 2 as in a file with one header line.
export const table = (headers: string[], rows: string[][], source: Partial<Pick<ParsedTable, 'delimiter' | 'encoding'>> = {}): ParsedTable => ({
  format: 'csv',
  encoding: source.encoding ?? 'utf-8',
  delimiter: source.delimiter ?? ',',
  headers,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  problems: [],
});
