// French drops a vowel before a word that starts with one ("des nouvelles d’Atelier Lumière",
// not "de Atelier"), and merges de/à with a following le/les ("du Petit Atelier"). A template
// writes "de {{business_name}}"; the value decides which form reads right, so the word before it
// is adjusted as the value goes in.

// An h that is "aspirated" blocks elision (de Haribo? d’Hôtel): the usual words and names that
// start with one, as folded prefixes. Any other h is taken as mute, as most are.
const ASPIRATED_H = [
  'hach', 'haie', 'hain', 'hair', 'hal', 'hamac', 'hamb', 'hameau', 'hamp', 'hanche', 'hand', 'hang', 'hann', 'hant', 'happ',
  'harc', 'hard', 'hareng', 'hargn', 'haric', 'harn', 'harp', 'hasard', 'hate', 'haus', 'haut', 'havre', 'heris', 'hern', 'hero',
  'hetre', 'heurt', 'hibou', 'hier', 'hock', 'hold', 'holl', 'homard', 'hongr', 'honte', 'hoqu', 'hors', 'hotte', 'houb', 'houl',
  'houp', 'houss', 'houx', 'hubl', 'hue', 'huit', 'hurl', 'hutte', 'hyene',
];

const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

// Whether a word starting this value takes the elided form before it.
export const startsWithVowelSound = (value: string): boolean => {
  const word = fold(value.trimStart());
  if (/^[aeiouæœ]/.test(word)) return true;
  // Y before a consonant sounds as a vowel (d’Yves), before a vowel as a consonant (de yaourt).
  if (/^y[^aeiouy]/.test(word)) return true;
  return word.startsWith('h') && /^h[a-z]/.test(word) && !ASPIRATED_H.some((prefix) => word.startsWith(prefix));
};

// The words that lose their vowel, and what they become.
const ELIDED: Record<string, string> = { de: 'd’', que: 'qu’', le: 'l’', la: 'l’', ne: 'n’', jusque: 'jusqu’', lorsque: 'lorsqu’', puisque: 'puisqu’' };
const BEFORE_ELIDABLE = /(?<![\p{L}\p{N}’'-])(de|que|le|la|ne|jusque|lorsque|puisque) $/iu;
const BEFORE_CONTRACTION = /(?<![\p{L}\p{N}’'-])(de|à) $/iu;
const CONTRACTED: Record<string, string> = { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' };

const sameCase = (model: string, word: string): string =>
  model[0] === model[0]!.toUpperCase() && model[0] !== model[0]!.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;

// The text written so far and the value about to follow, adjusted so they read as French.
export const elideBefore = (before: string, value: string): { before: string; value: string } => {
  const contraction = BEFORE_CONTRACTION.exec(before);
  const article = /^(le|les) (?=\S)/i.exec(value);
  if (contraction && article) {
    const merged = CONTRACTED[`${contraction[1]!.toLowerCase()} ${article[1]!.toLowerCase()}`]!;
    return { before: `${before.slice(0, contraction.index)}${sameCase(contraction[1]!, merged)} `, value: value.slice(article[0].length) };
  }
  const elidable = BEFORE_ELIDABLE.exec(before);
  if (!elidable || !startsWithVowelSound(value)) return { before, value };
  return { before: before.slice(0, elidable.index) + sameCase(elidable[1]!, ELIDED[elidable[1]!.toLowerCase()]!), value: value.trimStart() };
};
