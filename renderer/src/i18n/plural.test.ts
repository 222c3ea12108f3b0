import { describe, expect, it } from 'vitest';
import { translator } from './i18n';
import { plural, pluralKey } from './plural';

describe('plural', () => {
  it('takes the singular for 0 and 1 in French, only for 1 in English', () => {
    expect([0, 1, 2].map((n) => pluralKey('fr', n, 'one', 'other'))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralKey('en', n, 'one', 'other'))).toEqual(['other', 'one', 'other']);
  });

  it('puts the count in the chosen message', () => {
    expect(plural(translator('en'), 'en', 1, 'import.start.one', 'import.start.other')).toBe('Import 1 contact');
    expect(plural(translator('en'), 'en', 3, 'import.start.one', 'import.start.other')).toContain('3');
  });
});
