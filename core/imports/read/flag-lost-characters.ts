import type { FileProblem, ParsedTable } from '../types';

// Excel's plain "CSV" on Windows saves in the system code page (windows-1252 in Western Europe)
// and writes "?" for every character that has no byte there: Ł, ś, emoji. That loss cannot be
// undone here, so each damaged-looking value is pointed out rather than imported unremarked.

// "?" starting a word or between letters: a question mark in prose ends a word ("Merci ?").
const lostLetter = /(?<![\p{L}\p{N}])\?\p{L}|\p{L}\?\p{L}/u;
// URLs and query strings use "?" between letters on purpose.
const looksLikeUrl = /:\/\/|[=&]/;

export const flagLostCharacters = (table: Pick<ParsedTable, 'headers' | 'rows'>): FileProblem[] => {
  const problems: FileProblem[] = [];
  for (const { line, cells } of table.rows) {
    cells.forEach((cell, index) => {
      if (cell.includes('?') && lostLetter.test(cell) && !looksLikeUrl.test(cell)) {
        problems.push({
          line,
          column: table.headers[index] ?? null,
          message: `"${cell}" has a "?" in place of a letter, which is how Excel's plain CSV stores characters it cannot encode (Ł, ś, emoji). Check the value, or save the file again as "CSV UTF-8".`,
          rule: 'import.lostCharacter',
          params: { value: cell },
        });
      }
    });
  }
  return problems;
};
