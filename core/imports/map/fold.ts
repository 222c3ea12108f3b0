// One spelling for comparing words people type: no accents, lower case, every run of
// punctuation or spaces one space. "Royaume-Uni", "royaume uni" and "ROYAUME UNI" fold the same.
export const fold = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
