import type { ImportField, Mapping, ParsedTable } from '../types';
import { headerWords } from './normalize-header';
import { numericDateParts, type DateOrder } from './parse-date';

// Whether 03/04/2026 is the 3rd of April or March 4th, decided once for the whole file from
// its own values, never row by row: a day above 12 in first place proves day/month, a
// second number above 12 proves month/day. When no value proves either, a French-looking file
// (semicolon-separated, windows-1252, French headers) is day/month and any other month/day.

export type DateOrderDecision = {
  order: DateOrder;
  basis: 'values' | 'french-file' | 'default' | 'no-numeric-dates';
  // A sentence for the preview, saying what was decided and why.
  message: string;
};

const dateFields: ReadonlySet<ImportField> = new Set(['createdAt', 'consentDate', 'consent', 'event.date', 'event.deliveredAt']);

// Words no English export uses. "Date" or "Nom" alone prove nothing; two of these do.
const frenchWords = new Set([
  'prenom', 'telephone', 'courriel', 'societe', 'entreprise', 'adresse', 'ville', 'pays', 'montant', 'commentaire',
  'commentaires', 'civilite', 'langue', 'payeur', 'statut', 'inscription', 'don', 'dons',
]);

const looksFrench = (table: Pick<ParsedTable, 'headers' | 'delimiter' | 'encoding'>): string | null => {
  if (table.delimiter === ';') return 'the file is separated by semicolons, as French Excel writes it';
  if (table.encoding === 'windows-1252') return 'the file is encoded as Windows Excel writes it in France';
  const words = new Set(table.headers.flatMap((header) => headerWords(header).split(' ')).filter((word) => frenchWords.has(word)));
  if (words.size >= 2) return 'its column names are French';
  return null;
};

const example = (value: string): string => `“${value.trim()}”`;

type TableInfo = Pick<ParsedTable, 'headers' | 'delimiter' | 'encoding'>;

// The file's numeric dates, gathered row by row. `order` is the decision the rows read so far
// make, which an import reading its rows once uses until `decide` settles it at the end.
export const dateEvidence = (table: TableInfo, mapping: Mapping) => {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let dayFirstCount = 0;
  let monthFirstCount = 0;
  let numericCount = 0;
  const columns = mapping.columns.flatMap((field, index) => (dateFields.has(field) ? [index] : []));
  const french = looksFrench(table);

  const add = (cells: readonly string[]): void => {
    for (const index of columns) {
      const cell = cells[index];
      // Cheap test first: numeric dates have a separator at index 1 or 2.
      if (!cell || !(cell.charCodeAt(1) < 48 || cell.charCodeAt(2) < 48)) continue;
      const parts = numericDateParts(cell);
      if (!parts) continue;
      numericCount += 1;
      if (parts[0] > 12 && parts[1] <= 12) {
        dayFirstCount += 1;
        dayFirst ??= cell;
      } else if (parts[1] > 12 && parts[0] <= 12) {
        monthFirstCount += 1;
        monthFirst ??= cell;
      }
    }
  };

  const order = (): DateOrder => {
    if (dayFirst !== null && dayFirstCount >= monthFirstCount) return 'dmy';
    if (monthFirst !== null) return 'mdy';
    return french ? 'dmy' : 'mdy';
  };

  const decide = (): DateOrderDecision => {
    if (dayFirst !== null && dayFirstCount >= monthFirstCount) {
      const conflict = monthFirst !== null ? ` (${monthFirstCount} value(s) such as ${example(monthFirst)} fit month/day and will be reported)` : '';
      return { order: 'dmy', basis: 'values', message: `Dates were read as day/month/year because the file has values such as ${example(dayFirst)}${conflict}.` };
    }
    if (monthFirst !== null) {
      const conflict = dayFirst !== null ? ` (${dayFirstCount} value(s) such as ${example(dayFirst)} fit day/month and will be reported)` : '';
      return { order: 'mdy', basis: 'values', message: `Dates were read as month/day/year because the file has values such as ${example(monthFirst)}${conflict}.` };
    }
    if (numericCount === 0) {
      return { order: french ? 'dmy' : 'mdy', basis: 'no-numeric-dates', message: 'No date in this file is written as day and month numbers, so their order does not matter.' };
    }
    if (french) return { order: 'dmy', basis: 'french-file', message: `Dates were read as day/month/year because ${french}.` };
    return { order: 'mdy', basis: 'default', message: 'Dates were read as month/day/year: no value settles the order and the file does not look French.' };
  };

  return { add, order, decide };
};

export const decideDateOrder = (table: ParsedTable, mapping: Mapping): DateOrderDecision => {
  const evidence = dateEvidence(table, mapping);
  for (const row of table.rows) evidence.add(row.cells);
  return evidence.decide();
};
