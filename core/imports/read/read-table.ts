import { copyOfProblem } from '../keep-text';
import type { FileProblem, ParsedTable, TableRow } from '../types';
import { bytesSource, type ByteSource } from './byte-source';
import { decodePieces, decodeText } from './decode-text';
import { delimiterSampleChars, detectDelimiter } from './detect-delimiter';
import { flagLostCharacters } from './flag-lost-characters';
import { readRecords, type RecordProblem } from './parse-delimited';
import { parseJsonTable } from './parse-json';
import { parseVcard } from './parse-vcard';
import { parseXlsx, unreadableWorkbookError } from './parse-xlsx';
import { binaryFileError, isZip, knownBinaryError, looksBinary } from './sniff-bytes';
import { readAll, streamFromRecords, type TableStream } from './table-from-records';

export type { TableStream };

// Any file a person picks to import — CSV in any encoding and delimiter, vCard, Excel — into
// one table shape. The content decides; the extension only breaks ties.

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
};

const isVcardText = (text: string): boolean => /^\s*BEGIN:VCARD/i.test(text.slice(0, 200));

// No delimited file starts with "[" or "{": such text is JSON, whatever the file is called.
const isJsonText = (text: string): boolean => /^\s*[[{]/.test(text.slice(0, 200));

// Excel's plain CSV loses characters (see flag-lost-characters.ts): each row is checked as it
// is read, and what was found joins the table's problems once all rows have been.
const flaggingLostCharacters = (table: TableStream): TableStream => {
  function* rows(): Generator<TableRow, void> {
    const lost: FileProblem[] = [];
    for (const row of table.rows) {
      for (const problem of flagLostCharacters({ headers: table.headers, rows: [row] })) lost.push(copyOfProblem(problem));
      yield row;
    }
    if (lost.length === 0) return;
    for (const problem of lost) table.problems.push(problem);
    table.problems.sort((a, b) => a.line - b.line);
  }
  return { ...table, rows: rows() };
};

// The text's first `count` characters (or all of it), to tell its format and delimiter, and
// all its pieces again for reading.
const firstChars = (pieces: Iterable<string>, count: number): { head: string; read: Iterable<string> } => {
  const iterator = pieces[Symbol.iterator]();
  const first: string[] = [];
  let head = '';
  for (let piece = iterator.next(); !piece.done; piece = iterator.next()) {
    first.push(piece.value);
    head += piece.value;
    if (head.length >= count) break;
  }
  function* read(): Generator<string, void> {
    yield* first.splice(0);
    for (let piece = iterator.next(); !piece.done; piece = iterator.next()) yield piece.value;
  }
  return { head, read: read() };
};

// The table with its rows still to read: a delimited file is read from its source, decoded
// and parsed as its rows are asked for, once; vCard and Excel files are read whole.
export const streamTable = async (source: ByteSource, fileName: string): Promise<TableStream> => {
  const extension = extensionOf(fileName);
  const start = source.read(0, 16);
  if (isZip(start)) return parseXlsx(source.read(0, source.size), fileName);
  if (extension === 'xlsx' && source.size > 0) throw unreadableWorkbookError(fileName);
  const knownBinary = knownBinaryError(start, fileName);
  if (knownBinary) throw knownBinary;
  const { encoding, pieces } = decodePieces(source);
  const { head, read } = firstChars(pieces, delimiterSampleChars);
  if (looksBinary(head)) throw binaryFileError(fileName);
  if (isVcardText(head) || extension === 'vcf' || extension === 'vcard') return parseVcard(decodeText(source.read(0, source.size)).text, encoding);
  if (isJsonText(head) || extension === 'json') return parseJsonTable(decodeText(source.read(0, source.size)).text, encoding, fileName);
  const delimiter = detectDelimiter(head, fileName);
  const recordProblems: RecordProblem[] = [];
  const table = streamFromRecords(readRecords(read, delimiter, recordProblems), recordProblems, { format: 'csv', encoding, delimiter });
  return encoding === 'windows-1252' ? flaggingLostCharacters(table) : table;
};

export const readTable = async (bytes: Uint8Array, fileName: string): Promise<ParsedTable> => readAll(await streamTable(bytesSource(bytes), fileName));
