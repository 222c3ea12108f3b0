// The first row seen with each reference (order number, cart id…), for merging the lines of one
// order. An open-addressing table of row numbers keyed by a hash of the reference, each slot's
// hash beside its row number so that a probe reads one cache line: on the 304k-row events
// corpus, where every reference is new, a Map took about 100 ms a pass and this about 30 ms
// (the Map hashes each fresh string in the runtime and chases a pointer per probe).
// It keeps no references itself: the caller says whether a value's row has the one asked for,
// and may answer from its hash alone once that row is gone (merge-events.ts). Holding the
// references of a 304k-row file cost 12 MB.

export const fnv = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  // As the table stores it: a 32-bit integer (the start value of an empty text is not one).
  return hash | 0;
};

export type ReferenceIndex<T> = {
  // The value of a reference already seen; otherwise `value` becomes its value and the answer
  // is undefined. One lookup for the question and the insertion that usually follows.
  putIfAbsent: (reference: string, value: T) => T | undefined;
};

// `isOf(value, reference)` is asked only of a value stored under the same hash.
export const referenceIndex = <T>(isOf: (value: T, reference: string) => boolean): ReferenceIndex<T> => {
  const values: T[] = [];
  // Pairs per slot: 1 + position in `values` (0 when free), then the key's hash. At most half full.
  let table = new Int32Array(2 * 1024);
  let mask = 1024 - 1;

  const slotOf = (reference: string, hash: number): number => {
    let slot = hash & mask;
    for (;;) {
      const at = table[2 * slot]!;
      if (at === 0 || (table[2 * slot + 1] === hash && isOf(values[at - 1]!, reference))) return slot;
      slot = (slot + 1) & mask;
    }
  };

  const grow = (): void => {
    const old = table;
    table = new Int32Array(old.length * 2);
    mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      let slot = old[i + 1]! & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[i]!;
      table[2 * slot + 1] = old[i + 1]!;
    }
  };

  return {
    putIfAbsent: (reference, value) => {
      const hash = fnv(reference);
      const slot = slotOf(reference, hash);
      const at = table[2 * slot]!;
      if (at !== 0) return values[at - 1];
      values.push(value);
      table[2 * slot] = values.length;
      table[2 * slot + 1] = hash;
      if (values.length * 2 > mask + 1) grow();
      return undefined;
    },
  };
};
