import type { ColumnNote, ImportEventType, ImportField, Mapping } from '../../types';
import { columnNote } from '../column-note';
import { headerWords } from '../normalize-header';
import { checkGuessedColumns, type SampledRows } from '../value-kinds';
import { guessField } from './guess-field';

// The fallback for files no preset knows: every header guessed by synonyms, then tidied so the
// mapping makes sense as a whole.

// Fields a row has one of: a second column guessed as the same field is ignored rather than
// competing. Emails and phones have room for more (email2, phone2); tags, notes and consent add up.
const single = new Set<ImportField>([
  'firstName', 'lastName', 'fullName', 'company', 'kind', 'language', 'country', 'region', 'postalCode', 'sourceId', 'createdAt', 'consentDate', 'legalBasis',
  'event.type', 'event.date', 'event.amount', 'event.currency', 'event.reference', 'event.items', 'event.itemName',
  'event.itemQuantity', 'event.status', 'event.link', 'event.deliveredAt',
]);
const second: Partial<Record<ImportField, ImportField>> = { email: 'email2', phone: 'phone2' };

// Fields that describe an event on their own; a date or status alone is not an event.
const eventDefining = new Set<ImportField>(['event.amount', 'event.reference', 'event.items', 'event.itemName', 'event.link']);

export const guessColumns = (headers: readonly string[], preset: readonly (ImportField | undefined)[] = []): ImportField[] => {
  const taken = new Set<ImportField>(preset.filter((field): field is ImportField => field !== undefined));
  return headers.map((header, i) => {
    const fixed = preset[i];
    if (fixed !== undefined) return fixed;
    let field = guessField(header);
    if (taken.has(field)) field = second[field] ?? (single.has(field) ? 'ignore' : field);
    taken.add(field);
    return field;
  });
};

// A "Date" column in a contacts file is when the contact was added, and a "Type" column its
// kind; they describe an event only when the file has event details.
const withoutLoneEventFields = (columns: ImportField[]): ImportField[] => {
  if (columns.some((field) => eventDefining.has(field))) return columns;
  const hasCreatedAt = columns.includes('createdAt');
  return columns.map((field) => {
    if (field === 'event.date') return hasCreatedAt ? 'ignore' : 'createdAt';
    if (field === 'event.type') return columns.includes('kind') ? 'ignore' : 'kind';
    return field.startsWith('event.') ? 'ignore' : field;
  });
};

const typeWords: [RegExp, ImportEventType][] = [
  [/\b(rembours\w*|refunds?)\b/, 'refund'],
  [/\b(paniers?|carts?|abandon\w*)\b/, 'abandoned_cart'],
  [/\b(dons?|donations?|donateurs?|donatrices?|donors?|gifts?|giving)\b/, 'donation'],
  [/\b(commandes?|orders?|achats?|purchases?|ventes?|sales?)\b/, 'order'],
];

// What a file of events is about, from its header words, when it has no type column.
const eventTypeFromHeaders = (headers: readonly string[], columns: readonly ImportField[]): ImportEventType | null => {
  if (columns.includes('event.type') || !columns.some((field) => field.startsWith('event.'))) return null;
  const words = headers.map(headerWords).join(' ');
  return typeWords.find(([pattern]) => pattern.test(words))?.[1] ?? null;
};

const kindOf = (type: ImportEventType | null): Mapping['defaultKind'] => {
  if (type === 'donation') return 'donor';
  if (type === 'order') return 'customer';
  return null;
};

// Figures a shop or CRM works out (orders count, total spent, average order): Relance works
// them out from the orders themselves, so the column is left out, and the preview says so.
const figureHeader = /\b(total spen[dt]|total orders|orders? count|aov|average order|avg order|panier moyen|items sold|lifetime value|cumul\w*|nombre de commandes|nb commandes)\b|^(orders|commandes|purchases|achats)$/;

// Another record's id ("Company ID", "Associated Company IDs", "Deal ID"): a number that
// names a company or a deal in the source, never a name. The person's own id is guessed
// as sourceId first (guess-field.ts).
const otherIdHeader = /\bids?$|^ids? /;

const headerNote = (words: string): ColumnNote['rule'] | null => {
  if (figureHeader.test(words)) return 'import.leftOut.figure';
  if (otherIdHeader.test(words) && guessField(words) !== 'sourceId') return 'import.leftOut.otherId';
  return null;
};

// Guessed columns left out for what their header says they are, whatever their values.
export const leaveOutByHeader = (headers: readonly string[], columns: readonly ImportField[], isGuessed: (index: number) => boolean): { columns: ImportField[]; notes: ColumnNote[] } => {
  const notes: ColumnNote[] = [];
  const kept = columns.map((field, index) => {
    const rule = isGuessed(index) ? headerNote(headerWords(headers[index] ?? '')) : null;
    if (rule === null) return field;
    notes.push(columnNote(headers[index]!, rule));
    return 'ignore';
  });
  return { columns: kept, notes };
};

// Every header guessed, each guess checked against the first rows' values (value-kinds.ts).
export const genericMapping = (headers: readonly string[], rows: SampledRows = []): Mapping & { notes: ColumnNote[] } => {
  const byHeader = leaveOutByHeader(headers, guessColumns(headers), () => true);
  const guessed = byHeader.columns;
  const first = checkGuessedColumns(headers, guessed, () => true, rows);
  // Checked again: a lone event date or type becomes a creation date or a kind, another kind of value.
  const second = checkGuessedColumns(headers, withoutLoneEventFields(first.columns), () => true, rows);
  const columns = second.columns;
  const defaultEventType = eventTypeFromHeaders(headers, columns);
  return { columns, defaultKind: kindOf(defaultEventType), defaultEventType, notes: [...byHeader.notes, ...first.notes, ...second.notes] };
};
