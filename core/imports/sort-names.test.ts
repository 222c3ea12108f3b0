import { describe, expect, it } from 'vitest';
import { sortNameOf } from '../contacts/normalise-contact';
import { sortNamer } from './write-batch';

// An import folds each family and first name once and joins the two (write-batch.ts): the key
// must be the one sortNameOf makes of the whole name, whatever the characters.

// ASCII, Latin letters with accents, combining marks (one that has a case, U+0345), Greek with
// its final sigma, Turkish dotted and dotless i, sharp s, ligatures, Hangul, odd spaces, an emoji.
const alphabet = [
  ...'abcXYZ09 -\'.',
  ...'ÀÉÈÊËÏÎÔÖÙÜÇÑÅØÆàéèêëïîôöùüçñåøæßÿ',
  ...'ĀāĞğİıŁłŒœŚśŠšŽžǅǈẞ',
  '\u0300', '\u0301', '\u0308', '\u0327', '\u0345', '\u0323',
  ...'ΣσςΑΒάέΐΰΩ',
  ...'ДЖЁжё',
  'ﬁ', 'ﬀ', '한', 'Ⅻ', 'ǰ', '\u00a0', '\u2003', '\t', '\u200b', '😀',
];

// A seeded generator: the same names on every run.
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

describe('sort names of an import', () => {
  it('are the keys sortNameOf makes of the whole name', () => {
    const next = random(17);
    const word = (): string => Array.from({ length: Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    // A few hundred names met again and again, as in a file, so that folded names are reused.
    const names = Array.from({ length: 400 }, word);
    const sortName = sortNamer();
    let compared = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const firstName = next() < 0.1 ? '' : names[Math.floor(next() * names.length)]!;
      const lastName = next() < 0.1 ? '' : next() < 0.5 ? word() : names[Math.floor(next() * names.length)]!;
      const email = next() < 0.5 ? null : `${word()}@example.org`;
      const expected = sortNameOf(firstName, lastName, email);
      if (sortName(firstName, lastName, email) !== expected) expect([firstName, lastName, email, sortName(firstName, lastName, email)]).toEqual([firstName, lastName, email, expected]);
      compared += 1;
    }
    expect(compared).toBe(100_000);
    expect(sortName('Σοφία', 'ΠΑΠΑΔΟΠΟΥΛΟΣ', null)).toBe(sortNameOf('Σοφία', 'ΠΑΠΑΔΟΠΟΥΛΟΣ', null));
    expect(sortName('İlker', 'Çelik', null)).toBe('celik ilker');
    expect(sortName('  Léa ', '', 'x@example.org')).toBe('lea');
  });
});
