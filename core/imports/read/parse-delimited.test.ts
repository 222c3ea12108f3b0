import { describe, expect, it } from 'vitest';
import { parseDelimited } from './parse-delimited';

const records = (text: string, delimiter = ',') => parseDelimited(text, delimiter).records;
const cells = (text: string, delimiter = ',') => records(text, delimiter).map((record) => record.cells);

describe('parseDelimited', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes, empty quoted values', () => {
    expect(cells('a,"b,c","say ""hi""",""\n')).toEqual([['a', 'b,c', 'say "hi"', '']]);
  });

  it('keeps LF, CR and CRLF inside quotes exactly', () => {
    expect(cells('"one\ntwo","three\rfour","five\r\nsix"\n')).toEqual([['one\ntwo', 'three\rfour', 'five\r\nsix']]);
  });

  it('ends records on CRLF, LF or a bare CR, with or without a final line break', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg,h')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('numbers each record by the physical line where it starts', () => {
    const text = 'h1,h2\r\n"multi\r\nline\nvalue",x\r\n\r\nnext,y\rlast,z\n';
    expect(records(text).map((record) => record.line)).toEqual([1, 2, 6, 7]);
  });

  it('skips blank lines and lines made only of delimiters and spaces', () => {
    expect(cells('a;b\n\n;\n ;\t\n"";""\n1;2\n', ';')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('does not trim', () => {
    expect(cells('  a  ,\tb\u00a0\n')).toEqual([['  a  ', '\tb\u00a0']]);
  });

  it('keeps a quote inside an unquoted value and says where', () => {
    const result = parseDelimited('name,city\nDa"ve,Cork\n', ',');
    expect(result.records[1]!.cells).toEqual(['Da"ve', 'Cork']);
    expect(result.problems).toEqual([{ line: 2, fieldIndex: 0, message: expect.stringContaining('Da"ve'), rule: 'import.quoteInside', params: { value: 'Da"ve' } }]);
  });

  it('keeps text after a closing quote and says where', () => {
    const result = parseDelimited('a,b\n"Eve"x,y\n', ',');
    expect(result.records[1]!.cells).toEqual(['Evex', 'y']);
    expect(result.problems).toEqual([{ line: 2, fieldIndex: 0, message: expect.stringContaining('closing quote'), rule: 'import.textAfterQuote', params: { value: 'Eve' } }]);
  });

  it('removes NUL characters and names their lines once each', () => {
    const result = parseDelimited('a,b\nx\0\0,y\n"p\0",q\0\n', ',');
    expect(result.records.map((record) => record.cells)).toEqual([['a', 'b'], ['x', 'y'], ['p', 'q']]);
    expect(result.problems.map((problem) => problem.line)).toEqual([2, 3]);
  });

  it('recovers from a quote never closed: the error is on its line, later lines are read normally', () => {
    const result = parseDelimited('a,b,c\n1,"open,x\n2,"ok, fine",z\n3,y,z\n', ',');
    expect(result.records.map((record) => record.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '"open', 'x'],
      ['2', 'ok, fine', 'z'],
      ['3', 'y', 'z'],
    ]);
    expect(result.records.map((record) => record.line)).toEqual([1, 2, 3, 4]);
    expect(result.problems).toEqual([{ line: 2, fieldIndex: 1, message: expect.stringContaining('never closed'), rule: 'import.unclosedQuote' }]);
  });

  it('recovers the same way when the stray quote is closed by a later value’s opening quote', () => {
    // Without recovery, "open…2, would be one value ending at the quote before "ok".
    const result = parseDelimited('a,b\n"open,x\n2,"ok"\n', ',');
    expect(result.records.map((record) => record.cells)).toEqual([['a', 'b'], ['"open', 'x'], ['2', 'ok']]);
    expect(result.problems).toEqual([{ line: 2, fieldIndex: 0, message: expect.stringContaining('never closed'), rule: 'import.unclosedQuote' }]);
  });

  it('gives an empty last value for a trailing delimiter, also at the end of the file', () => {
    expect(cells('a,b,\n1,2,')).toEqual([['a', 'b', ''], ['1', '2', '']]);
  });

  it('stops after maxRecords', () => {
    expect(parseDelimited('a\nb\nc\n', ',', 2).records).toHaveLength(2);
  });
});
