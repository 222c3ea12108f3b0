import type { ImportPreview } from '../../../api';
import { isMessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

// How the file's numeric dates were read (core/imports/map/date-order.ts), as a sentence in the
// window's language: "Dates read as day/month (from values like 23/04/2024)."
export type DateOrderNote = ImportPreview['dateOrder'];


export const describeDateOrder = (note: DateOrderNote, t: Translate): string => (isMessageKey(note.rule) ? t(note.rule, note.params) : note.message);
