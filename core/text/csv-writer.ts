// CSV a spreadsheet opens cleanly (C8, C9): UTF-8 with a byte-order mark so Excel reads accents,
// CRLF line ends (RFC 4180), and no cell ever read as a formula.

export const BOM = '\uFEFF';

// `,` by default; `;` is what Excel expects where the decimal separator is a comma (French locales).
export type CsvDelimiter = ',' | ';';

// OWASP "CSV injection": a cell starting with = + - @ TAB or CR is a formula to Excel, LibreOffice
// and Google Sheets; a leading apostrophe makes it text. Numbers are written as numbers, so a
// negative amount stays a number.
export const csvCell = (value: string | number | null, delimiter: CsvDelimiter = ','): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export const csvLines = (rows: readonly (readonly (string | number | null)[])[], delimiter: CsvDelimiter = ','): string =>
  rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') + '\r\n';

// The whole file, header first, with the byte-order mark.
export const csvFile = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string => BOM + csvLines([header, ...rows]);
