import { importFields, type ColumnNote } from '../../../api';
import type { Translate } from '../i18n/i18n';
import { fieldLabel, type ImportField } from './field-labels';

// A column the import leaves out, and why (core/imports/map/value-kinds.ts and the presets),
// as a sentence in the window's language, the field named by its own label.
export const describeLeftOut = (note: ColumnNote, t: Translate): string => {
  const field = note.params.field;
  const label = field !== undefined && (importFields as readonly string[]).includes(field) ? t(fieldLabel[field as ImportField]) : (field ?? '');
  return t(note.rule, { ...note.params, column: note.column, field: label });
};

// The notes of the columns still left out: once the person maps one, its note no longer holds.
export const stillLeftOut = (notes: readonly ColumnNote[], headers: readonly string[], columns: readonly ImportField[]): ColumnNote[] =>
  notes.filter((note) => {
    // Two columns may share a header: the note of the second names its own index.
    const index = note.params.index !== undefined ? Number(note.params.index) : headers.indexOf(note.column);
    return index === -1 || columns[index] === 'ignore';
  });
