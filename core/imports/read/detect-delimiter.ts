import { parseDelimited } from './parse-delimited';

// Which of , ; TAB | separates the values. Each candidate reads the first records (quotes
// respected, so a comma inside "Dupré, Fils & Cie" counts for nothing) and the one giving the
// same field count on the most records wins.

export const delimiterCandidates = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiterCandidates)[number];

const sampleRecords = 20;
// Enough for 20 wide records; a value cut at the end only blurs the last one. Also all that
// telling a text file's format looks at (read-table.ts).
export const delimiterSampleChars = 64 * 1024;

type Score = { delimiter: Delimiter; agreeing: number; width: number; isHeaderWidth: boolean };

const scoreOf = (sample: string, delimiter: Delimiter): Score => {
  const counts = parseDelimited(sample, delimiter, sampleRecords).records.map((record) => record.cells.length);
  const headerWidth = counts[0] ?? 1;
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 1) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let width = 1;
  let agreeing = 0;
  for (const [count, times] of frequency) {
    // Equal frequencies: the header's own width is the likelier layout of the file.
    if (times > agreeing || (times === agreeing && count === headerWidth)) {
      width = count;
      agreeing = times;
    }
  }
  return { delimiter, agreeing, width, isHeaderWidth: width === headerWidth };
};

const isBetter = (a: Score, b: Score, preferTab: boolean): boolean => {
  if (a.agreeing !== b.agreeing) return a.agreeing > b.agreeing;
  if (a.isHeaderWidth !== b.isHeaderWidth) return a.isHeaderWidth;
  // Excel's "Unicode Text (*.txt)" is TAB-separated.
  if (preferTab && (a.delimiter === '\t') !== (b.delimiter === '\t')) return a.delimiter === '\t';
  return a.width > b.width;
};

export const detectDelimiter = (text: string, fileName = ''): Delimiter => {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const preferTab = extension === 'txt' || extension === 'tsv' || extension === 'tab';
  const sample = text.slice(0, delimiterSampleChars);
  let best: Score | null = null;
  for (const delimiter of delimiterCandidates) {
    const score = scoreOf(sample, delimiter);
    if (score.agreeing > 0 && (!best || isBetter(score, best, preferTab))) best = score;
  }
  if (best) return best.delimiter;
  // One column and no delimiter anywhere: the extension is the only hint left.
  return preferTab ? '\t' : ',';
};
