import type { ColumnNote, ImportField, Mapping } from '../types';
import { columnNote } from './column-note';
import { headerMatchKey } from './normalize-header';

// Two columns with the same header ("Email" twice, "Company" and "company "): a field that takes
// several values keeps both (a second address, both notes, all tags), even where the guess left
// the second out; a field that takes one would lose the second without a word (it is read only
// when the first is empty, or never read at all). It is left out instead, and the preview says
// so, naming both columns.

// What a second column of the same name as one read as the key becomes.
const secondOf: Partial<Record<ImportField, ImportField>> = {
  email: 'email2',
  email2: 'email2',
  phone: 'phone2',
  phone2: 'phone2',
  tags: 'tags',
  notes: 'notes',
  'event.items': 'event.items',
};

// The note's `index` is the column's own, 0-based: its header is also the first column's.
export const duplicateNote = (header: string, index: number, first: number, field: ImportField): ColumnNote =>
  columnNote(header, 'import.leftOut.duplicate', { field, index: String(index), position: String(index + 1), firstPosition: String(first + 1) });

// `isNoted`: whether another rule already says why the column is left out.
export const leaveOutDuplicates = (headers: readonly string[], mapping: Mapping, isNoted: (header: string) => boolean): { mapping: Mapping; notes: ColumnNote[] } => {
  const firstOf = new Map<string, number>();
  const notes: ColumnNote[] = [];
  const columns = mapping.columns.map((field, index): ImportField => {
    const header = headers[index] ?? '';
    const key = headerMatchKey(header);
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, index);
      return field;
    }
    const firstField = mapping.columns[first]!;
    if (firstField === 'ignore' || (field !== 'ignore' && field !== firstField) || isNoted(header)) return field;
    const kept = secondOf[firstField];
    if (kept) return kept;
    notes.push(duplicateNote(header, index, first, firstField));
    return 'ignore';
  });
  return { mapping: { ...mapping, columns }, notes };
};

// The column a note is about: its own index when two columns share its header.
export const noteIndex = (note: ColumnNote, headers: readonly string[]): number =>
  note.params.index !== undefined ? Number(note.params.index) : headers.indexOf(note.column);
