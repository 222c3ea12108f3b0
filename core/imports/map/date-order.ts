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
  // A sentence for the preview, saying what was decided and why; `rule` and `params` let a
  // window say it in its own language ("import.dateOrder.*" in renderer/src/i18n).
  message: string;
  rule: string;
  params: Record<string, string>;
};

const dateFields: ReadonlySet<ImportField> = new Set(['createdAt', 'consentDate', 'consent', 'event.date', 'event.deliveredAt']);

// Words no English export uses. "Date" or "Nom" alone prove nothing; two of these do.
const frenchWords = new Set([
  'prenom', 'telephone', 'courriel', 'societe', 'entreprise', 'adresse', 'ville', 'pays', 'montant', 'commentaire',
  'commentaires', 'civilite', 'langue', 'payeur', 'statut', 'inscription', 'don', 'dons',
]);

type FrenchSign = { reason: string; rule: string };

const looksFrench = (table: Pick<ParsedTable, 'headers' | 'delimiter' | 'encoding'>): FrenchSign | null => {
  if (table.delimiter === ';') return { reason: 'the file is separated by semicolons, as French Excel writes it', rule: 'import.dateOrder.french.semicolons' };
  if (table.encoding === 'windows-1252') return { reason: 'the file is encoded as Windows Excel writes it in France', rule: 'import.dateOrder.french.windows1252' };
  const words = new Set(table.headers.flatMap((header) => headerWords(header).split(' ')).filter((word) => frenchWords.has(word)));
  if (words.size >= 2) return { reason: 'its column names are French', rule: 'import.dateOrder.french.headers' };
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

  // The values that settled the order, and those that contradict it (reported row by row).
  const byValues = (order: DateOrder, proof: string, against: string | null, againstCount: number): DateOrderDecision => {
    const [read, other] = order === 'dmy' ? ['day/month', 'month/day'] : ['month/day', 'day/month'];
    const conflict = against !== null ? ` (${againstCount} value(s) such as ${example(against)} fit ${other} and will be reported)` : '';
    const rule = `import.dateOrder.${order === 'dmy' ? 'dayFirst' : 'monthFirst'}${against !== null ? 'Conflict' : ''}`;
    const params = { example: proof.trim(), ...(against !== null && { other: against.trim(), count: String(againstCount) }) };
    return { order, basis: 'values', message: `Dates were read as ${read}/year because the file has values such as ${example(proof)}${conflict}.`, rule, params };
  };

  const decide = (): DateOrderDecision => {
    if (dayFirst !== null && dayFirstCount >= monthFirstCount) return byValues('dmy', dayFirst, monthFirst, monthFirstCount);
    if (monthFirst !== null) return byValues('mdy', monthFirst, dayFirst, dayFirstCount);
    if (numericCount === 0) {
      const message = 'No date in this file is written as day and month numbers, so their order does not matter.';
      return { order: french ? 'dmy' : 'mdy', basis: 'no-numeric-dates', message, rule: 'import.dateOrder.none', params: {} };
    }
    if (french) return { order: 'dmy', basis: 'french-file', message: `Dates were read as day/month/year because ${french.reason}.`, rule: french.rule, params: {} };
    const message = 'Dates were read as month/day/year: no value settles the order and the file does not look French.';
    return { order: 'mdy', basis: 'default', message, rule: 'import.dateOrder.default', params: {} };
  };

  return { add, order, decide };
};

export const decideDateOrder = (table: ParsedTable, mapping: Mapping): DateOrderDecision => {
  const evidence = dateEvidence(table, mapping);
  for (const row of table.rows) evidence.add(row.cells);
  return evidence.decide();
};
