// A name shown beside other text in plain text (a terminal, an e-mail) is wrapped in FIRST STRONG
// ISOLATE … POP DIRECTIONAL ISOLATE (Unicode bidi algorithm, UAX #9 §2.7): a right-to-left
// override typed in a first name (U+202E) then stops at the name's end instead of reversing
// the last name or the words after it. Screens do the same with <bdi>.
const FSI = '\u2068';
const PDI = '\u2069';

// Embeddings, overrides, isolates and marks that change the order of what follows them.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const hasBidiControls = (text: string): boolean => bidiControls.test(text);

export const isolated = (text: string): string => (text === '' ? text : `${FSI}${text}${PDI}`);

// Only a name that could reorder its neighbours: the others stay byte for byte as typed.
export const isolatedIfNeeded = (text: string): string => (hasBidiControls(text) ? isolated(text) : text);

// First and last name as one line of plain text, each part isolated if it needs to be: screens,
// the command line and the reply list all join a name this way.
export const personName = (contact: { firstName: string; lastName: string }): string =>
  `${isolatedIfNeeded(contact.firstName)} ${isolatedIfNeeded(contact.lastName)}`.trim();
