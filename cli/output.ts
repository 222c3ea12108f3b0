// Directional isolates (FSI…PDI around names, person-name.ts) take no room on a terminal.
const isolates = /[\u2066-\u2069]/g;
const widthOf = (cell: string): number => cell.replace(isolates, '').length;

// Cut to `width` columns with an ellipsis; an isolate the cut leaves open is closed again.
const cut = (cell: string, width: number): string => {
  let kept = '';
  let open = 0;
  let shown = 0;
  for (const char of cell) {
    if (/[\u2066-\u2068]/.test(char)) open += 1;
    else if (char === '\u2069') open -= 1;
    else if (shown === width - 1) break;
    else shown += char.length;
    kept += char;
  }
  return `${kept}…${'\u2069'.repeat(Math.max(0, open))}`;
};

// Plain text columns for a terminal; widths follow the content up to a cap.
export const formatTable = (headers: string[], rows: string[][], maxWidth = 40): string => {
  const widths = headers.map((header, i) =>
    Math.min(maxWidth, Math.max(header.length, ...rows.map((row) => widthOf(row[i] ?? '')))),
  );
  const line = (cells: string[]) =>
    cells.map((cell, i) => (widthOf(cell) > widths[i]! ? cut(cell, widths[i]!) : cell + ' '.repeat(widths[i]! - widthOf(cell)))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
};

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
