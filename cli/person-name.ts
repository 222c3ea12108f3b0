import { isolated, personName } from '../api/bidi';

type Named = { firstName: string; lastName: string };

// A name in a sentence: a part with a bidi override is isolated (FSI…PDI), so a U+202E in a first
// name cannot reverse the last name or the words after it; other names print as typed.
export const nameText = (contact: Named): string => personName(contact);

// A name in a table column: always isolated, so whatever its direction it stays in its column.
export const nameCell = (contact: Named): string => {
  const name = nameText(contact);
  return name === '' ? '' : isolated(name);
};
