import type { ColumnNote } from '../types';

// A column the mapping leaves out, and the English sentence the CLI prints for it; a window
// words it from `rule` and `params` in its own language.

// "lastName" → "last name", "event.reference" → "event reference": plain enough for a terminal.
const fieldWords = (field: string): string => field.replace('.', ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const sentences: Partial<Record<ColumnNote['rule'], (column: string, field: string, value: string, params: Record<string, string>) => string>> = {
  'import.leftOut.dates': (c, f, v) => `“${c}” was not read as ${f}: it holds dates, such as “${v}”.`,
  'import.leftOut.numbers': (c, f, v) => `“${c}” was not read as ${f}: it holds numbers, such as “${v}”.`,
  'import.leftOut.counts': (c, f, v) => `“${c}” was not read as ${f}: it holds small numbers that repeat, such as “${v}”, which count things rather than name them.`,
  'import.leftOut.notDates': (c, f, v) => `“${c}” was not read as ${f}: its values, such as “${v}”, are not dates.`,
  'import.leftOut.notEventTypes': (c, f, v) => `“${c}” was not read as ${f}: its values, such as “${v}”, are not kinds of event.`,
  'import.leftOut.notKinds': (c, f, v) => `“${c}” was not read as ${f}: its values, such as “${v}”, are not kinds of contact.`,
  'import.leftOut.notEmails': (c, f, v) => `“${c}” was not read as ${f}: its values, such as “${v}”, are not email addresses.`,
  'import.leftOut.figure': (c) => `“${c}” is a figure the export works out; Relance works it out from the orders themselves.`,
  'import.leftOut.activity': (c) => `“${c}” is when the person last visited the shop: neither an order nor a detail of the contact.`,
  'import.leftOut.customerType': (c) => `“${c}” says whether the customer was new or returning; it is not a kind of event.`,
  'import.leftOut.otherId': (c) => `“${c}” is the id of another record (a company, a deal), never a name.`,
  'import.leftOut.participant': (c) => `“${c}” is who the ticket is for, not the contact: the payer is the contact.`,
  'import.leftOut.duplicate': (c, f, _v, p) => `“${c}” (column ${p.position}) has the same name as column ${p.firstPosition}, which is read as ${f}: this second one is left out.`,
  'import.leftOut.counterparty': (c) => `“${c}” is read row by row: the contact is the other side of each payment, never your own address.`,
};

export const columnNote = (column: string, rule: ColumnNote['rule'], params: Record<string, string> = {}): ColumnNote => ({ column, rule, params });

export const describeColumnNote = ({ column, rule, params }: ColumnNote): string =>
  sentences[rule]?.(column, fieldWords(params.field ?? ''), params.value ?? '', params) ?? `“${column}” is left out.`;
