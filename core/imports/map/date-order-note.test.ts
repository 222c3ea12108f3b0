import { describe, expect, it } from 'vitest';
import { decideDateOrder } from './date-order';
import { genericMapping } from './presets/generic';
import { table } from './test-support/table';

// The preview says how dates were read, with a rule and its values so a window words it in its
// own language (renderer/src/imports/date-order-words.ts).
const decide = (values: string[], source: Parameters<typeof table>[2] = {}) => {
  const t = table(['Date', 'Amount'], values.map((value) => [value, '1']), source);
  return decideDateOrder(t, genericMapping(t.headers));
};

describe('the date order note', () => {
  it('names the value that proved day/month', () => {
    expect(decide(['01/02/2024', '23/04/2024'])).toMatchObject({ rule: 'import.dateOrder.dayFirst', params: { example: '23/04/2024' } });
  });

  it('names the values that contradict the order decided', () => {
    expect(decide(['13/01/2024', '14/01/2024', '01/13/2024'])).toMatchObject({
      rule: 'import.dateOrder.dayFirstConflict',
      params: { example: '13/01/2024', other: '01/13/2024', count: '1' },
    });
    expect(decide(['02/13/2024'])).toMatchObject({ rule: 'import.dateOrder.monthFirst', params: { example: '02/13/2024' } });
  });

  it('says why a file with no telling value is read day first or month first', () => {
    expect(decide(['01/02/2024'], { delimiter: ';' })).toMatchObject({ rule: 'import.dateOrder.french.semicolons', params: {} });
    expect(decide(['01/02/2024'], { encoding: 'windows-1252' })).toMatchObject({ rule: 'import.dateOrder.french.windows1252' });
    expect(decide(['01/02/2024'])).toMatchObject({ rule: 'import.dateOrder.default' });
    expect(decide(['2024-01-02'])).toMatchObject({ rule: 'import.dateOrder.none' });
  });
});
