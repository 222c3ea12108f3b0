import { describe, expect, it } from 'vitest';
import { referenceIndex } from './reference-index';

describe('the index of references', () => {
  it('answers like a Map through many growths, collisions and repeats', () => {
    const map = new Map<string, number>();
    const keyOf: string[] = [];
    const index = referenceIndex<number>();
    // Near-identical keys, an empty one and non-Latin text, many of them repeated.
    const keys = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `#${i % 5000}` : i % 7 === 0 ? '' : `réf-${i}-🕯️`));
    keys.forEach((key, i) => {
      keyOf[i] = key;
      const expected = map.get(key);
      if (expected === undefined) map.set(key, i);
      expect(index.findOrAdd(key, i, (other) => keyOf[other] === key)).toBe(expected);
    });
  });

  it('keeps several values of one reference, and finds the one asked for', () => {
    const index = referenceIndex<string>();
    const isFor = (who: string) => (value: string) => value.endsWith(who);
    expect(index.findOrAdd('#3', '#3 ann', isFor('ann'))).toBeUndefined();
    expect(index.findOrAdd('#3', '#3 bob', isFor('bob'))).toBeUndefined();
    expect(index.findOrAdd('#3', '#3 bob again', isFor('bob'))).toBe('#3 bob');
    expect(index.findOrAdd('#3', '#3 ann again', isFor('ann'))).toBe('#3 ann');
  });
});
