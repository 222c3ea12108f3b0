// Names and free text are stored as typed, minus outer spaces, in Unicode NFC so that
// "é" typed two ways compares equal.
export const cleanText = (value: string): string => value.normalize('NFC').trim();

// A case- and accent-insensitive key for sorting names the way people read them.
export const foldForSort = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();

export const cleanTags = (tags: readonly string[]): string[] => {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = cleanText(tag);
    if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
  }
  return [...seen.values()];
};
