// The key a chosen mapping is saved under, so the next file with the same columns gets the same
// mapping back. Same names in the same order, whatever the case, outer spaces or BOM.

// U+001F (unit separator) cannot be typed into a header, so two lists never join the same way.
const separator = '\u001f';

export const headerKey = (headers: readonly string[]): string =>
  headers.map((header) => header.replace(/\uFEFF/g, '').normalize('NFC').trim().toLowerCase()).join(separator);
