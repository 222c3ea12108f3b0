// Header names as presets compare them. Real exports differ in case, spacing, accents and a
// stray BOM ("\uFEFFEmail", "E-mail  Address", "PRENOM" vs "Prénom"), never in meaning.

const stripAccents = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '');

// Case-, accent-, space- and BOM-insensitive, punctuation kept: "E-mail 1 - Value" stays
// distinct from "E-mail 1 Value" only by its dashes, which no exporter varies.
export const headerMatchKey = (header: string): string =>
  stripAccents(header.replace(/\uFEFF/g, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

// Looser still, for guessing by synonyms: every run of non-letters and non-digits is one space,
// so "first_name", "First-Name" and "FIRST NAME" all read "first name".
export const headerWords = (header: string): string =>
  headerMatchKey(header)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
