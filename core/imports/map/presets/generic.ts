import type { ImportEventType, ImportField, Mapping } from '../../types';
import { headerWords } from '../normalize-header';
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

export const genericMapping = (headers: readonly string[]): Mapping => {
  const columns = withoutLoneEventFields(guessColumns(headers));
  const defaultEventType = eventTypeFromHeaders(headers, columns);
  return { columns, defaultKind: kindOf(defaultEventType), defaultEventType };
};
