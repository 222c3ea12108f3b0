import type { FileProblem, ParsedTable, TableRow } from '../types';
import type { RecordProblem } from './parse-delimited';

// Records of a delimited file or a sheet into a table: the first record is the header, every
// row gets exactly one cell per header, and each row that had to be cut or padded says so.

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const fitRow = (row: TableRow, headers: string[], problems: FileProblem[]): TableRow => {
  const width = headers.length;
  const { cells, line } = row;
  if (cells.length > width) {
    const extra = cells.slice(width);
    // Extra cells that are all empty lose nothing: a trailing delimiter, or Excel's padding.
    if (extra.some((cell) => cell !== '')) {
      problems.push({
        line,
        column: null,
        message: `This line has ${plural(extra.length, 'more value')} than the header; the extra ones were ignored.`,
        rule: extra.length === 1 ? 'import.extraValue' : 'import.extraValues',
        params: { count: String(extra.length) },
      });
    }
    return { line, cells: cells.slice(0, width) };
  }
  if (cells.length < width) {
    const missing = width - cells.length;
    // A header ending with a delimiter has one empty last name; rows without it miss nothing.
    const isOnlyUnnamedMissing = missing === 1 && headers[width - 1] === '';
    if (!isOnlyUnnamedMissing) {
      problems.push({
        line,
        column: null,
        message: `This line has ${plural(missing, 'fewer value')} than the header; the missing ones were left empty.`,
        rule: missing === 1 ? 'import.missingValue' : 'import.missingValues',
        params: { count: String(missing) },
      });
    }
    const padded = cells.slice();
    while (padded.length < width) padded.push('');
    return { line, cells: padded };
  }
  return row;
};

// The problems of the records, named by their column, and those of the table as a whole.
const tableProblems = (recordProblems: RecordProblem[], headers: string[], header: TableRow | undefined, rowCount: number): FileProblem[] => {
  const problems: FileProblem[] = recordProblems.map(({ line, fieldIndex, ...said }) => ({
    line,
    column: fieldIndex !== null && fieldIndex < headers.length ? headers[fieldIndex]! : null,
    ...said,
  }));
  if (!header) problems.push({ line: 1, column: null, message: 'The file is empty.', rule: 'import.empty' });
  else if (rowCount === 0) {
    problems.push({ line: header.line, column: null, message: 'The file has a header row but no data rows.', rule: 'import.headerOnly' });
  }
  return problems;
};

// A table whose rows are fitted as they are read (once), for an import that maps each row
// before the next is parsed. `problems` is complete when `rows` has been read to the end.
export type TableStream = Omit<ParsedTable, 'rows'> & { rows: Iterable<TableRow> };

export const streamFromRecords = (
  records: Iterator<TableRow>,
  recordProblems: RecordProblem[],
  source: Pick<ParsedTable, 'format' | 'encoding' | 'delimiter'>,
): TableStream => {
  const first = records.next();
  const header = first.done ? undefined : first.value;
  const headers = header ? header.cells : [];
  const problems: FileProblem[] = [];
  function* rows(): Generator<TableRow, void> {
    const rowProblems: FileProblem[] = [];
    let rowCount = 0;
    for (let next = header ? records.next() : first; !next.done; next = records.next()) {
      rowCount += 1;
      yield fitRow(next.value, headers, rowProblems);
    }
    for (const problem of tableProblems(recordProblems, headers, header, rowCount)) problems.push(problem);
    for (const problem of rowProblems) problems.push(problem);
    problems.sort((a, b) => a.line - b.line);
  }
  return { ...source, headers, rows: rows(), problems };
};

// Every row read, for a caller that wants the whole table.
export const readAll = (table: TableStream): ParsedTable => {
  const rows = [...table.rows];
  return { ...table, rows };
};

export const tableFromRecords = (
  records: TableRow[],
  recordProblems: RecordProblem[],
  source: Pick<ParsedTable, 'format' | 'encoding' | 'delimiter'>,
): ParsedTable => readAll(streamFromRecords(records[Symbol.iterator](), recordProblems, source));
