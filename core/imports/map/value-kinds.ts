import type { ColumnNote, ImportField, TableRow } from '../types';
import { columnNote } from './column-note';
import { readKind } from './contact-kind';
import { readEventType } from './event-type';
import { parseAmount } from '../../money/parse-amount';

// A column guessed from its header's words is checked against what its cells hold before it is
// proposed: a header word is a weak clue ("Last Active" has "last", "Orders" has "order"), the
// values are a strong one. A column whose sampled values are mostly of another kind than the
// field's is left out, and the preview says why (a ColumnNote).

// How many of the first rows are looked at: enough to outvote a few odd cells, cheap to read.
export const SAMPLED_ROWS = 50;

type Verdict = ColumnNote['rule'] | null;

// "2026-11-25", "25/11/2026 09:14:03", "2026-11-25T09:14:03Z", "11.25.26", "09:14".
const dateLike = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2})([ T]\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?)?\s*(z|[+-]\d{2}:?\d{2}|utc|gmt)?$/i;
export const isDateLike = (value: string): boolean => dateLike.test(value.trim());

// A count or an amount: digits with their marks, maybe a currency ("12", "1 234,50", "€45.00").
export const isNumberLike = (value: string): boolean => /\d/.test(value) && !isDateLike(value) && parseAmount(value, null, null) !== null;

const isInteger = (value: string): boolean => /^\d+$/.test(value.trim());

// Fields that name a person or a place: never a date and never a bare number.
const nameFields = new Set<ImportField>(['firstName', 'lastName', 'fullName', 'company', 'region', 'tags', 'language', 'country']);
const dateFields = new Set<ImportField>(['createdAt', 'consentDate', 'event.date', 'event.deliveredAt']);

const isMostly = (values: readonly string[], test: (value: string) => boolean): boolean => values.filter(test).length * 2 > values.length;

// Small whole numbers that repeat from row to row are counts ("Orders": 1, 3, 1), not order numbers.
const looksLikeCounts = (values: readonly string[]): boolean =>
  values.every(isInteger) && new Set(values).size < values.length && values.every((value) => Number(value) < 1000);

const verdictFor = (field: ImportField, values: readonly string[]): Verdict => {
  if (nameFields.has(field)) {
    if (isMostly(values, isDateLike)) return 'import.leftOut.dates';
    if (isMostly(values, isNumberLike)) return 'import.leftOut.numbers';
    return null;
  }
  if (dateFields.has(field)) return isMostly(values, (value) => !/\d/.test(value)) ? 'import.leftOut.notDates' : null;
  switch (field) {
    case 'event.reference':
      if (isMostly(values, isDateLike)) return 'import.leftOut.dates';
      if (isMostly(values, (value) => /[.,]\d{1,2}$/.test(value.trim()) && isNumberLike(value))) return 'import.leftOut.numbers';
      return looksLikeCounts(values) ? 'import.leftOut.counts' : null;
    case 'event.amount':
    case 'event.itemQuantity':
      return isMostly(values, isDateLike) ? 'import.leftOut.dates' : null;
    case 'event.type':
      return isMostly(values, (value) => readEventType(value) === null) ? 'import.leftOut.notEventTypes' : null;
    case 'kind':
      return isMostly(values, (value) => readKind(value) === null) ? 'import.leftOut.notKinds' : null;
    case 'email':
    case 'email2':
      return isMostly(values, (value) => !value.includes('@')) ? 'import.leftOut.notEmails' : null;
    default:
      return null;
  }
};

// The first rows of the file, as rows or as their cells.
export type SampledRows = readonly (TableRow | readonly string[])[];

const cellsOf = (row: TableRow | readonly string[]): readonly string[] => ('cells' in row ? row.cells : row);

const columnValues = (rows: SampledRows, index: number): string[] =>
  rows.map((row) => cellsOf(row)[index]?.trim() ?? '').filter((value) => value !== '');

// The guessed columns (`isGuessed`) whose values contradict their field, left out with a note.
// A column with no value in the sampled rows keeps its guess: nothing contradicts it.
export const checkGuessedColumns = (
  headers: readonly string[],
  columns: readonly ImportField[],
  isGuessed: (index: number) => boolean,
  rows: SampledRows,
): { columns: ImportField[]; notes: ColumnNote[] } => {
  const notes: ColumnNote[] = [];
  const checked = columns.map((field, index) => {
    if (field === 'ignore' || !isGuessed(index)) return field;
    const values = columnValues(rows, index);
    if (values.length === 0) return field;
    const rule = verdictFor(field, values);
    if (rule === null) return field;
    const value = values.find((cell) => verdictFor(field, [cell]) !== null) ?? values[0]!;
    notes.push(columnNote(headers[index] ?? '', rule, { field, value }));
    return 'ignore';
  });
  return { columns: checked, notes };
};
