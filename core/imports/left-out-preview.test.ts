import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempCore } from '../test-support/temp-core';

// The preview names the columns the mapping leaves out, and why; a column the person maps
// anyway is no longer said to be left out.
const boot = useTempCore('left-out-preview', { now: () => new Date(Date.UTC(2026, 11, 1, 9)) });
const file = readFileSync(new URL('./map/test-fixtures/woocommerce-analytics-customers.csv', import.meta.url));

const preview = async (mapping: Parameters<ReturnType<typeof boot>['imports']['runNow']>[0]['mapping']) => {
  const staged = boot().stageFile('wc-customers-report-export.csv', file);
  return (await boot().imports.runNow({ fileId: staged.fileId, mapping, mode: 'update', country: 'FR' }, true)).preview;
};

describe('the columns a preview says are left out', () => {
  it('are those the mapping in use leaves out', async () => {
    const detected = await preview(null);
    expect(detected.columnNotes.map((note) => [note.column, note.rule])).toEqual([
      ['Last Active', 'import.leftOut.activity'],
      ['Orders', 'import.leftOut.figure'],
      ['Total Spend', 'import.leftOut.figure'],
      ['AOV', 'import.leftOut.figure'],
    ]);
    const columns = detected.mapping.columns.map((field, index) => (detected.headers[index] === 'Last Active' ? 'notes' : field));
    const mapped = await preview({ ...detected.mapping, columns });
    expect(mapped.columnNotes.map((note) => note.column)).toEqual(['Orders', 'Total Spend', 'AOV']);
  });
});
