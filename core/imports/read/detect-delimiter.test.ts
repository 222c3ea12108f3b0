import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter';

describe('detectDelimiter', () => {
  it.each([
    [',', 'email,first,last\na@example.com,Ana,Lima\nb@example.com,Bob,Stone\n'],
    [';', 'email;prénom;montant\na@example.com;Ana;12,50\nb@example.com;Bob;1 000,00\n'],
    ['\t', 'email\tname\tcompany\na@example.com\tAna\tDupré, Fils & Cie\nb@example.com\tBob\tAcme\n'],
    ['|', 'email|name|city\na@example.com|Ana|Porto\nb@example.com|Bob|Leeds\n'],
  ])('finds %j', (delimiter, text) => {
    expect(detectDelimiter(text, 'contacts.csv')).toBe(delimiter);
  });

  it('ignores delimiters inside quoted values, line breaks included', () => {
    const text = 'name;note\n"Dupré, Fils";"a, b, c\nd, e"\n"Acme, Inc";"x, y"\n';
    expect(detectDelimiter(text, 'x.csv')).toBe(';');
  });

  it('picks the most consistent count, not the most frequent character', () => {
    // Commas are more numerous (decimal comma, free text) but their count varies per line.
    const text = 'nom;montant;note\nAna;12,50;un, deux, trois\nBob;7,5;rien\nCarl;1,00;a,b\n';
    expect(detectDelimiter(text, 'x.csv')).toBe(';');
  });

  it('on a tie, prefers the layout of the header line', () => {
    // Semicolon gives 3,3,1,1 fields and comma 1,1,2,2: each agrees on two lines, and only the
    // semicolon's count is the header's.
    const text = 'a;b;c\n1;2;3\nx,y\nu,v\n';
    expect(detectDelimiter(text, 'x.csv')).toBe(';');
  });

  it('prefers TAB on a tie in a .txt file (Excel "Unicode text")', () => {
    const text = 'a,b\tc\n1,2\t3\n';
    expect(detectDelimiter(text, 'export.txt')).toBe('\t');
    expect(detectDelimiter(text, 'export.csv')).toBe(',');
  });

  it('falls back to comma for a single column, TAB for .txt', () => {
    expect(detectDelimiter('email\na@example.com\n', 'x.csv')).toBe(',');
    expect(detectDelimiter('email\na@example.com\n', 'x.txt')).toBe('\t');
  });
});
