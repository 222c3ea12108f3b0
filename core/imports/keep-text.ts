// The cells of a delimited file are slices of its decoded text, and a slice keeps all of that
// text alive: one email kept in a record keeps the whole file (90 MB of text for the 304k-row
// events corpus) for as long as the import runs. What outlives the reading is a copy, made
// with a JSON round trip, which also stores plain Latin-1 text at one byte per character.

// V8 copies substrings shorter than 13 characters instead of slicing them.
const SLICED_FROM = 13;

export const copyOf = (text: string): string => (text.length < SLICED_FROM ? text : (JSON.parse(JSON.stringify(text)) as string));

// A copy of every string of a problem, whatever fields it has.
export const copyOfProblem = <T extends object>(problem: T): T => JSON.parse(JSON.stringify(problem)) as T;

// Computed once per value, for a column that repeats its values (the person's email on each of
// their orders, a status, a product). Whenever the values remembered reach a thousand, then
// two, four… thousand, a column that has not repeated as many values as it holds stops
// remembering (notes, links): the map would cost more than it saves. The keys are copies, so
// the map keeps no text of the file alive.
export const onceEach = <T>(compute: (value: string) => T, keyOf: (value: string, result: T) => string = copyOf): ((value: string) => T) => {
  let known: Map<string, T> | null = new Map();
  let repeats = 0;
  let checkAt = 1000;
  return (value) => {
    if (known === null) return compute(value);
    const found = known.get(value);
    if (found !== undefined) {
      repeats += 1;
      return found;
    }
    const result = compute(value);
    known.set(keyOf(value, result), result);
    if (known.size === checkAt) {
      if (repeats < known.size) known = null;
      else checkAt *= 2;
    }
    return result;
  };
};

export type TextKeeper = (value: string) => string;

// One per column whose text the records keep: the same value read twice is one copy. A value
// shorter than V8 slices is already its own string; looking it up cost more than it saved
// (customer ids of the 304k-row events corpus: 0.1 s for about 5 MB).
export const textKeeper = (): TextKeeper => {
  const keep = onceEach(copyOf, (_, copy) => copy);
  return (value) => (value.length < SLICED_FROM ? value : keep(value));
};
