import { describe, expect, it } from 'vitest';
import { decideDateOrder } from './date-order';
import { genericMapping } from './presets/generic';
import { parseDate } from './parse-date';
import { table } from './test-support/table';

const now = new Date('2026-11-25T12:00:00Z');
const iso = (value: number | null): string | null => (value === null ? null : new Date(value).toISOString());

describe('parseDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2023-04-05T12:34:56Z', '2023-04-05T12:34:56.000Z'],
    ['2023-04-05T12:34:56.789+02:00', '2023-04-05T10:34:56.789Z'],
    ['2023-04-05T12:34', '2023-04-05T12:34:00.000Z'],
    // Shopify: space before the offset.
    ['2025-11-25 09:14:03 +0100', '2025-11-25T08:14:03.000Z'],
    ['2024-02-29 23:59:59 -0500', '2024-03-01T04:59:59.000Z'],
    // No zone: the file does not say, UTC is assumed.
    ['2021-04-03 10:11:12', '2021-04-03T10:11:12.000Z'],
    ['2019-06-25 17:38', '2019-06-25T17:38:00.000Z'],
    ['2021-04-03 10:11:12 UTC', '2021-04-03T10:11:12.000Z'],
    ['25/11/2026 09:14', '2026-11-25T09:14:00.000Z'],
    ['29/02/2024', '2024-02-29T00:00:00.000Z'],
    ['12.03.2024', '2024-03-12T00:00:00.000Z'],
    ['01/02/25', '2025-02-01T00:00:00.000Z'],
    ['05/06/98', '1998-06-05T00:00:00.000Z'],
    ['03/04/2026 18:23:13', '2026-04-03T18:23:13.000Z'],
    ['3/4/2026 6:23 PM', '2026-04-03T18:23:00.000Z'],
    ['19 Mar 2026', '2026-03-19T00:00:00.000Z'],
    ['Mar 19, 2026', '2026-03-19T00:00:00.000Z'],
    ['1er janvier 2025', '2025-01-01T00:00:00.000Z'],
    ['25 nov. 2026 14h30', '2026-11-25T14:30:00.000Z'],
    ['  2024-01-31  ', '2024-01-31T00:00:00.000Z'],
  ])('%s (day first) is %s', (text, expected) => {
    expect(iso(parseDate(text, 'dmy', now))).toBe(expected);
  });

  it('reads numeric dates month first when the file is month first', () => {
    expect(iso(parseDate('01/02/2025', 'mdy', now))).toBe('2025-01-02T00:00:00.000Z');
    expect(iso(parseDate('11/28/2025', 'mdy', now))).toBe('2025-11-28T00:00:00.000Z');
    expect(iso(parseDate('3/4/2026 6:23 PM', 'mdy', now))).toBe('2026-03-04T18:23:00.000Z');
  });

  it.each(['31/02/2024', '29/02/2023', '2024-13-01', '2024-02-30', '11/28/2025', '25:00', 'soon', '--05-21', '12/31/2024 25:00', '0/1/2024', 'Smarch 3, 2024'])(
    '%s is not a date (day first)',
    (text) => expect(parseDate(text, 'dmy', now)).toBeNull(),
  );
});

describe('decideDateOrder', () => {
  const decide = (values: string[], source: Parameters<typeof table>[2] = {}, header = 'Date') => {
    const t = table([header, 'Amount'], values.map((value) => [value, '1']), source);
    return decideDateOrder(t, genericMapping(t.headers));
  };

  it('chooses day/month when a first number is above 12, wherever it is in the column', () => {
    const rows = [...Array.from({ length: 500 }, () => '01/02/2024'), '13/02/2024'];
    expect(decide(rows)).toMatchObject({ order: 'dmy', basis: 'values' });
  });

  it('chooses month/day when a second number is above 12', () => {
    expect(decide(['01/02/2024', '02/13/2024', '03/01/2024'])).toMatchObject({ order: 'mdy', basis: 'values' });
    expect(decide(['02/13/2024']).message).toContain('“02/13/2024”');
  });

  it('falls back to day/month for a French-looking file, else month/day', () => {
    expect(decide(['01/02/2024'], { delimiter: ';' })).toMatchObject({ order: 'dmy', basis: 'french-file' });
    expect(decide(['01/02/2024'], { encoding: 'windows-1252' })).toMatchObject({ order: 'dmy', basis: 'french-file' });
    const french = table(['Prénom', 'Montant', 'Date du don'], [['Léa', '10', '01/02/2024']]);
    expect(decideDateOrder(french, genericMapping(french.headers))).toMatchObject({ order: 'dmy', basis: 'french-file' });
    expect(decide(['01/02/2024'])).toMatchObject({ order: 'mdy', basis: 'default' });
  });

  it('follows the majority when the column contradicts itself, and says so', () => {
    const decision = decide(['13/01/2024', '14/01/2024', '01/13/2024']);
    expect(decision.order).toBe('dmy');
    expect(decision.message).toContain('1 value(s) such as “01/13/2024”');
  });

  it('says when no date needs an order', () => {
    expect(decide(['2024-01-02'])).toMatchObject({ basis: 'no-numeric-dates' });
  });
});
