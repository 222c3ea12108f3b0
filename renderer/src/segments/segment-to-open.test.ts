import { describe, expect, it } from 'vitest';
import { OPEN_SEGMENT_KEY } from '../home/open-segment';
import { forgetSegmentToOpen, segmentToOpen } from './segment-to-open';

const memoryStore = (entries: Record<string, string> = {}) => {
  const map = new Map(Object.entries(entries));
  return { getItem: (key: string) => map.get(key) ?? null, removeItem: (key: string) => void map.delete(key), map };
};

describe('the segment Home asked to open', () => {
  it('is read as many times as asked, then forgotten', () => {
    const store = memoryStore({ [OPEN_SEGMENT_KEY]: 'carts-to-recover', other: 'kept' });
    expect(segmentToOpen(store)).toBe('carts-to-recover');
    expect(segmentToOpen(store)).toBe('carts-to-recover');
    forgetSegmentToOpen(store);
    expect(segmentToOpen(store)).toBeNull();
    expect(store.map.get('other')).toBe('kept');
  });

  it('is nothing when storage is missing, empty or refused', () => {
    expect(segmentToOpen(memoryStore())).toBeNull();
    expect(segmentToOpen(memoryStore({ [OPEN_SEGMENT_KEY]: '' }))).toBeNull();
    expect(segmentToOpen(null)).toBeNull();
    const refuse = () => {
      throw new Error('SecurityError');
    };
    const refusing = { getItem: refuse, removeItem: refuse };
    expect(segmentToOpen(refusing)).toBeNull();
    expect(() => forgetSegmentToOpen(refusing)).not.toThrow();
    // Under Node there is no window at all.
    expect(segmentToOpen()).toBeNull();
  });
});
