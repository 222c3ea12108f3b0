import { copyOf } from '../keep-text';
import type { TableRow } from '../types';

// Delimited text (CSV, semicolon, TAB, pipe) into records, RFC 4180 quoting, lenient on what
// real exports get wrong. One pass over char codes; values are slices of the text, so a 15 MB
// file costs one string per cell and no per-character concatenation.

// A problem found while reading; `fieldIndex` lets the caller name the column from the header.
export type RecordProblem = { line: number; fieldIndex: number | null; message: string; rule: string; params?: Record<string, string> };

type Said = Pick<RecordProblem, 'message' | 'rule' | 'params'>;

export type DelimitedRecords = { records: TableRow[]; problems: RecordProblem[] };

const QUOTE = 34;
const LF = 10;
const CR = 13;

// A copy: a problem lives as long as the import, and a slice would keep its piece of text.
const excerpt = (value: string): string => copyOf(value.length > 40 ? `${value.slice(0, 40)}…` : value);

// NUL bytes come from broken exports or UTF-16 read as 8-bit; they are invisible, never data.
const removeNuls = (text: string, problems: RecordProblem[], firstLine = 1): string => {
  if (text.indexOf('\0') === -1) return text;
  let line = firstLine;
  let reportedLine = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line += 1;
    else if (c === 0 && reportedLine !== line) {
      reportedLine = line;
      problems.push({ line, fieldIndex: null, message: `This line contained an invisible NUL character; it was removed.`, rule: 'import.nul' });
    }
  }
  return text.replaceAll('\0', '');
};

const lineBreaks = (text: string, from: number, to: number): number => {
  let count = 0;
  for (let j = from; j < to; j += 1) {
    const c = text.charCodeAt(j);
    if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) count += 1;
  }
  return count;
};

// Thrown when a quoted value runs past the end of a piece of text that is not the last: the
// record is read again with the next piece.
const unfinished = new Error('The record goes on in the next piece of text.');

class Scanner {
  i = 0;
  recordLine: number;
  private readonly delimiter: number;
  private readonly length: number;

  constructor(
    private readonly text: string,
    delimiter: string,
    private readonly problems: RecordProblem[],
    public line = 1,
    // Whether the text goes to the end of the file, or is a piece of it ending with a line break.
    private readonly isWhole = true,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.length = text.length;
    this.recordLine = line;
  }

  private report(fieldIndex: number | null, said: Said, line = this.recordLine): void {
    this.problems.push({ line, fieldIndex, ...said });
  }

  // Up to the next delimiter or line break. A quote here is not RFC 4180 (`Da"ve`): it is kept.
  private readUnquoted(fieldIndex: number, isStrayQuoteReported: boolean): string {
    const { text, delimiter, length } = this;
    const start = this.i;
    let j = start;
    let hasQuote = false;
    while (j < length) {
      const c = text.charCodeAt(j);
      if (c === delimiter || c === LF || c === CR) break;
      if (c === QUOTE) hasQuote = true;
      j += 1;
    }
    this.i = j;
    const value = text.slice(start, j);
    if (hasQuote && isStrayQuoteReported) {
      const shown = excerpt(value);
      this.report(fieldIndex, {
        message: `The value ${shown} has a quote mark in the middle; it was kept as it is.`,
        rule: 'import.quoteInside',
        params: { value: shown },
      });
    }
    return value;
  }

  // A quote that is never closed would swallow the rest of the file into one value. Instead the
  // quote is taken as an ordinary character and reading goes on at the same place, unquoted.
  private recoverFromOpenQuote(fieldIndex: number, openAt: number, openLine: number): string {
    this.report(
      fieldIndex,
      {
        message: `A quote mark opens a value that is never closed; the line was read as if the quote were an ordinary character.`,
        rule: 'import.unclosedQuote',
      },
      openLine,
    );
    this.i = openAt;
    this.line = openLine;
    return this.readUnquoted(fieldIndex, false);
  }

  private readQuoted(fieldIndex: number): string {
    const { text, delimiter, length } = this;
    const openAt = this.i;
    const openLine = this.line;
    let parts: string[] | null = null;
    let segmentStart = openAt + 1;
    let line = openLine;
    for (;;) {
      const quoteAt = text.indexOf('"', segmentStart);
      if (quoteAt === -1) {
        if (!this.isWhole) throw unfinished;
        return this.recoverFromOpenQuote(fieldIndex, openAt, openLine);
      }
      line += lineBreaks(text, segmentStart, quoteAt);
      if (text.charCodeAt(quoteAt + 1) === QUOTE) {
        (parts ??= []).push(text.slice(segmentStart, quoteAt + 1));
        segmentStart = quoteAt + 2;
        continue;
      }
      const inside = text.slice(segmentStart, quoteAt);
      const value = parts ? parts.join('') + inside : inside;
      const after = quoteAt + 1;
      const next = text.charCodeAt(after);
      if (after >= length || next === delimiter || next === LF || next === CR) {
        this.i = after;
        this.line = line;
        return value;
      }
      // Text right after a closing quote that sits lines below its opening one means the opening
      // quote was stray and this quote opens a later value: reading on would merge those lines.
      if (line !== openLine) return this.recoverFromOpenQuote(fieldIndex, openAt, openLine);
      this.i = after;
      this.line = line;
      const rest = this.readUnquoted(fieldIndex, false);
      const shown = excerpt(value);
      this.report(fieldIndex, {
        message: `Text follows the closing quote of ${shown}; it was kept as part of the value.`,
        rule: 'import.textAfterQuote',
        params: { value: shown },
      });
      return value + rest;
    }
  }

  // Whether the record last read has a value that is not blank.
  hasContent = false;

  // One record, or null at the end of the text. Blank lines and lines of delimiters (and
  // spaces) only give a record without content (`hasContent`), which the caller skips: no
  // empty contact. The flag is a field rather than a second result: no object per row.
  readRecord(): string[] | null {
    const { text, delimiter, length } = this;
    if (this.i >= length) return null;
    this.recordLine = this.line;
    const cells: string[] = [];
    let hasContent = false;
    for (;;) {
      const fieldIndex = cells.length;
      const value = text.charCodeAt(this.i) === QUOTE ? this.readQuoted(fieldIndex) : this.readUnquoted(fieldIndex, true);
      if (!hasContent && value !== '' && value.trim() !== '') hasContent = true;
      cells.push(value);
      const c = text.charCodeAt(this.i);
      if (c === delimiter) {
        this.i += 1;
        continue;
      }
      if (c === CR) this.i += text.charCodeAt(this.i + 1) === LF ? 2 : 1;
      else if (c === LF) this.i += 1;
      if (c === CR || c === LF) this.line += 1;
      this.hasContent = hasContent;
      return cells;
    }
  }
}

// The records one at a time, each parsed when asked for: an import maps a record before the
// next is read, so a 300k-row file never holds all its cells at once. The text may come in
// pieces that end with a line break (decodePieces); a record whose quoted value goes on in the
// next piece is read again with it. The problems of the records read so far are in `problems`.
export function* readRecords(input: string | Iterable<string>, delimiter: string, problems: RecordProblem[]): Generator<TableRow, void> {
  const pieces = (typeof input === 'string' ? [input] : input)[Symbol.iterator]();
  let carried = '';
  let line = 1;
  for (let piece = pieces.next(); !piece.done; ) {
    let text = carried + removeNuls(piece.value, problems, line + lineBreaks(carried, 0, carried.length));
    piece = pieces.next();
    // A value that is still open after a long stretch takes in pieces until it has doubled,
    // so that a quote never closed is not read again once per piece to the end of the file.
    while (!piece.done && carried.length > text.length - carried.length) {
      text += removeNuls(piece.value, problems, line + lineBreaks(text, 0, text.length));
      piece = pieces.next();
    }
    const scanner = new Scanner(text, delimiter, problems, line, piece.done === true);
    carried = '';
    for (;;) {
      const start = scanner.i;
      const reported = problems.length;
      let cells: string[] | null;
      try {
        cells = scanner.readRecord();
      } catch (error) {
        if (error !== unfinished) throw error;
        problems.length = reported;
        scanner.line = scanner.recordLine;
        carried = text.slice(start);
        break;
      }
      if (!cells) break;
      if (scanner.hasContent) yield { line: scanner.recordLine, cells };
    }
    line = scanner.line;
  }
}

export const parseDelimited = (input: string, delimiter: string, maxRecords = Number.POSITIVE_INFINITY): DelimitedRecords => {
  const problems: RecordProblem[] = [];
  const reader = readRecords(input, delimiter, problems);
  const records: TableRow[] = [];
  while (records.length < maxRecords) {
    const next = reader.next();
    if (next.done) break;
    records.push(next.value);
  }
  return { records, problems };
};
