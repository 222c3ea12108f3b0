import { setFlagsFromString } from 'node:v8';

// V8 watches, at each place that makes objects, how many survive their first collections, and
// once nearly all do, it makes every later one straight in the old generation. An import's
// first rows all live together (read ahead, and held while a later line of the same order may
// come), and objects made once per row were then made as if long-lived: importing the 304k-row
// events corpus filled the old generation with dead rows, to a peak of 420-430 MB in most runs,
// 360 MB without this (`docs/performance.md`).
// The flag is the whole process's, so the command line sets it itself, before any import
// starts, in the two commands that import (`relance import`, and `relance web` whose import
// worker is a thread of the same process); the desktop app leaves Electron's V8 as it is.
export const tuneHeapForImports = (): void => {
  setFlagsFromString('--no-allocation-site-pretenuring');
};
