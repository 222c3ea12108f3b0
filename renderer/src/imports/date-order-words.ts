import type { ImportPreview } from '../../../api';
import { isMessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';

// How the file's numeric dates were read (core/imports/map/date-order.ts), as a sentence in the
// window's language: "Dates read as day/month (from values like 23/04/2024)."
export type DateOrderNote = ImportPreview['dateOrder'];

// A note that counts values comes in one/other forms under its rule's name.
export const describeDateOrder = (note: DateOrderNote, t: Translate, language: Language): string => {
  const count = note.params.count;
  const key = count === undefined ? note.rule : pluralKey(language, Number(count), `${note.rule}.one`, `${note.rule}.other`);
  return isMessageKey(key) ? t(key, note.params) : note.message;
};
