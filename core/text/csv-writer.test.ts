import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, csvLines } from './csv-writer';

describe('csv writer', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("https://example.com","x")')).toBe(`"'=HYPERLINK(""https://example.com"",""x"")"`);
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('leaves ordinary text and numbers alone, quoting only what needs it', () => {
    expect(csvCell('Zoé Dupont')).toBe('Zoé Dupont');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(-1250)).toBe('-1250');
    expect(csvCell(null)).toBe('');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(csvFile(['a', 'b'], [['é', 1]])).toBe('\uFEFFa,b\r\né,1\r\n');
  });

  it('writes with a semicolon for a French Excel, quoting cells that hold one', () => {
    expect(csvLines([['a; b', 'c, d', 1]], ';')).toBe('"a; b";c, d;1\r\n');
  });
});
