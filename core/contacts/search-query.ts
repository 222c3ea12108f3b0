const PHONE_LIKE = /^[+\d\s().\-/]+$/;

// Turns what a person types into an FTS5 query: every word must match the start of a word in
// name, email, company or phone. Words are quoted, so FTS syntax typed by the user stays text.
export const toSearchQuery = (search: string): string | null => {
  const text = search.normalize('NFC').trim();
  if (!text) return null;
  if (PHONE_LIKE.test(text) && /\d/.test(text)) {
    // "06 12 34" or "+33 6 12": the index holds the E.164 digits and the national number without
    // its trunk prefix, so typed local digits are tried with and without their leading zeros.
    const digits = text.replace(/\D/g, '');
    const local = digits.replace(/^0+/, '');
    return local && local !== digits ? `("${digits}"* OR "${local}"*)` : `"${digits}"*`;
  }
  const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
};
