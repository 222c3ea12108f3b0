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
const FEW = 8;

export const onceEach = <T>(compute: (value: string) => T, keyOf: (value: string, result: T) => string = copyOf): ((value: string) => T) => {
  let known: Map<string, T> | null = new Map();
  let repeats = 0;
  let checkAt = 1000;
  // The value before: files sorted by person repeat it on consecutive rows, and comparing two
  // strings is cheaper than hashing a fresh one for the map (200k of the 304k emails of the
  // events corpus). It may be a slice of the text, which keeps one piece of it alive, no more.
  let last: string | null = null;
  let lastResult: T | undefined;
  // The first few values, compared one by one before the map is asked: a column of a handful
  // of values (a status, a currency) then never hashes its cells (a fresh string has no hash
  // yet, and computing it is most of a lookup).
  const few: string[] = [];
  const fewResults: T[] = [];
  const remember = (value: string): T => {
    if (known === null) return compute(value);
    // While the map holds no more than the few, they are all of it.
    if (known.size <= FEW) {
      for (let i = 0; i < few.length; i += 1) {
        if (few[i] === value) {
          repeats += 1;
          return fewResults[i]!;
        }
      }
    } else {
      const found = known.get(value);
      if (found !== undefined) {
        repeats += 1;
        return found;
      }
    }
    const result = compute(value);
    const key = keyOf(value, result);
    known.set(key, result);
    if (few.length < FEW) {
      few.push(key);
      fewResults.push(result);
    }
    if (known.size === checkAt) {
      if (repeats < known.size) known = null;
      else checkAt *= 2;
    }
    return result;
  };
  // A value equal to the row before's is not counted as the map's: a file sorted by person (the
  // events corpus, 94k addresses each on consecutive rows) then lets the map go at a thousand
  // instead of holding every address to the end (about 6 MB of the events import's peak).
  return (value) => {
    if (value === last) return lastResult as T;
    lastResult = remember(value);
    last = value;
    return lastResult;
  };
};

export type TextKeeper = (value: string) => string;

// One per column whose text the records keep: the same value read twice is one string. A value
// shorter than V8 slices is already its own string and needs no copy; the repeated ones are
// still shared (a status, a first name: 200k strings of the events corpus), first by
// comparing with the row before, which is cheaper than a lookup, then by a map that gives up on
// a column of values that do not repeat (customer ids: 0.1 s for about 5 MB).
export const textKeeper = (): TextKeeper => {
  const keep = onceEach(copyOf, (_, copy) => copy);
  const keepShort = onceEach((value) => value, (value) => value);
  return (value) => (value.length >= SLICED_FROM ? keep(value) : keepShort(value));
};
