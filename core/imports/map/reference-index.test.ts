import { describe, expect, it } from 'vitest';
import { referenceIndex } from './reference-index';

describe('the index of references', () => {
  it('answers like a Map through many growths, collisions and repeats', () => {
    const map = new Map<string, number>();
    const keyOf: string[] = [];
    const index = referenceIndex();
    // Near-identical keys, an empty one and non-Latin text, many of them repeated.
    const keys = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `#${i % 5000}` : i % 7 === 0 ? '' : `réf-${i}-🕯️`));
    keys.forEach((key, i) => {
      keyOf[i] = key;
      const expected = map.get(key);
      if (expected === undefined) map.set(key, i);
      expect(index.findOrAdd(key, i, (other) => keyOf[other] === key)).toBe(expected);
    });
  });

  it('keeps several rows of one reference, and finds the one asked for', () => {
    const index = referenceIndex();
    // Rows 0 and 2 are Ann's, 1 and 3 Bob's.
    const isFor = (who: 'ann' | 'bob') => (row: number) => (row % 2 === 0 ? 'ann' : 'bob') === who;
    expect(index.findOrAdd('#3', 0, isFor('ann'))).toBeUndefined();
    expect(index.findOrAdd('#3', 1, isFor('bob'))).toBeUndefined();
    expect(index.findOrAdd('#3', 3, isFor('bob'))).toBe(1);
    expect(index.findOrAdd('#3', 2, isFor('ann'))).toBe(0);
  });
});
