// A small RFC 4180 reader: comma-separated, fields in double quotes may hold commas, line
// breaks (LF or CRLF) and "" for a quote. Reads the whole text; enough for a benchmark corpus.
export const parseCsv = (input: string): string[][] => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field: string;
    if (text[i] === '"') {
      let value = '';
      let start = i + 1;
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote === -1) throw new Error(`Unclosed quoted field in row ${rows.length + 1}.`);
        value += text.slice(start, quote);
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        value += '"';
        start = quote + 2;
      }
      field = value;
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end += 1;
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
      if (i === text.length) row.push('');
      continue;
    }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    rows.push(row);
    row = [];
  }
  return rows;
};

// Rows as objects keyed by the header line.
export const readCsvRecords = (text: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
};
