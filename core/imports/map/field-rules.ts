// From their own files: the api index would build the whole contract's schemas in the import thread.
import { contactLimits } from '../../../api/contacts';
import { eventLimits } from '../../../api/timeline';
import { webLinkOf } from '../../text/web-link';
import type { ColumnPlan, RowValues } from './row-values';

// The contact form's rules, applied to a file's cells: a value the form would refuse is cleaned
// and the row imported, with a warning naming the line and the column, never the whole row
// rejected. The maxima are the form's own (api/contacts.ts, api/timeline.ts), so a contact an
// import wrote can always be saved again from the form.

// A full name is split into a first and a last name, each within its own maximum.
export const fullNameLimit = contactLimits.firstName;

// C0 and C1 control characters (NUL, line breaks, ESC…): none belongs in a name.
const controls = /[\u0000-\u001f\u007f-\u009f]/;
const lineBreaks = /[\t\n\v\f\r\u0085]+/g;
const otherControls = /[\u0000-\u001f\u007f-\u009f]/g;

const warn = (values: RowValues, column: ColumnPlan, rule: string, message: string, params: Record<string, string>): void => {
  values.problems.push({ line: values.line, column: column.header, message, rule, params });
};

// Names are otherwise stored as given: a line break becomes a space, other controls go.
export const withoutControls = (values: RowValues, cell: string, column: ColumnPlan): string => {
  if (!controls.test(cell)) return cell;
  const clean = cell.replace(lineBreaks, ' ').replace(otherControls, '').trim();
  warn(values, column, 'import.controlCharacters', `Invisible control characters (line breaks, NUL…) were removed from “${clean}”.`, { value: clean });
  return clean;
};

// Not in the middle of a character written with two UTF-16 units (an emoji).
const cutAt = (text: string, max: number): string => {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, max - 1) : text.slice(0, max);
};

// `room`: what is left of the field's maximum when other columns fill it too (notes).
export const withinLimit = (values: RowValues, cell: string, column: ColumnPlan, max: number, room = max): string => {
  if (cell.length <= room) return cell;
  const message = `This value has ${cell.length} characters and the field takes ${max}: it was cut to ${room}.`;
  warn(values, column, 'import.tooLong', message, { length: String(cell.length), max: String(max), kept: String(room) });
  return cutAt(cell, room);
};

// A name cell: no control characters, at most `max` characters.
export const nameCell = (values: RowValues, cell: string, column: ColumnPlan, max: number): string =>
  withinLimit(values, withoutControls(values, cell, column), column, max);

// Notes from several columns are joined one a line; what passes the form's maximum is cut.
export const addNote = (values: RowValues, cell: string, column: ColumnPlan): void => {
  const used = values.notes.reduce((total, note) => total + note.length + 1, 0);
  const room = contactLimits.notes - used;
  if (room <= 0) {
    warn(values, column, 'import.noteLeftOut', `The notes of this line already have the ${contactLimits.notes} characters the field takes: this one was left out.`, { max: String(contactLimits.notes) });
    return;
  }
  values.notes.push(withinLimit(values, cell, column, contactLimits.notes, room));
};

// Only web addresses: a cart link goes into e-mails, where `javascript:` or `file:` must never be.
export const webLinkCell = (values: RowValues, cell: string, column: ColumnPlan): string | null => {
  if (cell.length > eventLimits.link) {
    warn(values, column, 'import.linkTooLong', `This link has ${cell.length} characters, more than the ${eventLimits.link} a link takes: it was left out.`, { max: String(eventLimits.link) });
    return null;
  }
  if (webLinkOf(cell) === null) {
    warn(values, column, 'import.notAWebLink', `“${cell}” is not a web address starting with https:// or http://: it was left out.`, { value: cell });
    return null;
  }
  return cell;
};

// Tags: each within the form's length, and no more than the form takes.
export const addTags = (values: RowValues, tags: readonly string[], column: ColumnPlan): void => {
  for (const tag of tags) {
    if (values.tags.length >= contactLimits.tags) {
      warn(values, column, 'import.tooManyTags', `This line has more than the ${contactLimits.tags} tags a contact takes: the others were left out.`, { max: String(contactLimits.tags) });
      return;
    }
    values.tags.push(tag.length <= contactLimits.tag ? tag : withinLimit(values, tag, column, contactLimits.tag));
  }
};
