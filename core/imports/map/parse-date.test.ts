import { describe, expect, it } from 'vitest';
import { decideDateOrder } from './date-order';
import { genericMapping } from './presets/generic';
import { parseDate, parseTimeOfDay, parseWallDate, type DateOrder } from './parse-date';
import { zoneNamed, type WallZone } from './wall-clock';
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

describe('parseDate in the owner’s zone', () => {
  const paris = zoneNamed('Europe/Paris')!;
  const newYork = zoneNamed('America/New_York')!;
  const at = (text: string, zone: WallZone, order: DateOrder = 'dmy') => iso(parseDate(text, order, now, undefined, zone));

  it('reads a time without a zone as a wall-clock time there, summer and winter', () => {
    expect(at('25/11/2026 09:14:03', paris)).toBe('2026-11-25T08:14:03.000Z');
    expect(at('2026-07-14 09:14', paris)).toBe('2026-07-14T07:14:00.000Z');
    expect(at('2026-11-25 09:14', newYork)).toBe('2026-11-25T14:14:00.000Z');
    expect(at('7/4/2026 9:00 PM', newYork, 'mdy')).toBe('2026-07-05T01:00:00.000Z');
    expect(at('25 nov. 2026 14h30', paris)).toBe('2026-11-25T13:30:00.000Z');
  });

  it('keeps a value that names its own offset or UTC as it says, whatever the zone', () => {
    expect(at('2025-11-25 09:14:03 +0100', newYork)).toBe('2025-11-25T08:14:03.000Z');
    expect(at('2023-04-05T12:34:56Z', newYork)).toBe('2023-04-05T12:34:56.000Z');
    expect(at('2021-04-03 10:11:12 UTC', paris)).toBe('2021-04-03T10:11:12.000Z');
  });

  it('reads a date without a time as midnight there, and says it had no time', () => {
    const use = { isOrderUsed: false, isDateOnly: false };
    expect(iso(parseDate('01/02/2026', 'dmy', now, use, newYork))).toBe('2026-02-01T05:00:00.000Z');
    expect(use).toEqual({ isOrderUsed: true, isDateOnly: true });
    expect(iso(parseDate('2026-02-01 10:00', 'dmy', now, use, newYork))).toBe('2026-02-01T15:00:00.000Z');
    expect(use.isDateOnly).toBe(false);
  });

  it('gives the wall-clock value and what the text said (parseWallDate)', () => {
    const read = { isOrderUsed: false, isDateOnly: false, hasZone: false };
    expect(iso(parseWallDate('2026-02-01', 'dmy', now, read))).toBe('2026-02-01T00:00:00.000Z');
    expect(read).toEqual({ isOrderUsed: false, isDateOnly: true, hasZone: false });
    expect(iso(parseWallDate('2026-02-01T10:00:00+02:00', 'dmy', now, read))).toBe('2026-02-01T08:00:00.000Z');
    expect(read).toMatchObject({ isDateOnly: false, hasZone: true });
    expect(iso(parseWallDate('19 Mar 2026', 'dmy', now, read))).toBe('2026-03-19T00:00:00.000Z');
    expect(read).toMatchObject({ isDateOnly: true, hasZone: false });
  });
});

describe('daylight saving (RFC 5545 §3.3.5)', () => {
  const newYork = zoneNamed('America/New_York')!;
  const paris = zoneNamed('Europe/Paris')!;
  const at = (text: string, zone: WallZone) => iso(parseDate(text, 'dmy', now, undefined, zone));

  it('moves a time in the skipped hour forward by the gap', () => {
    // 8 March 2026, New York: 02:00 EST becomes 03:00 EDT.
    expect(at('2026-03-08 01:59', newYork)).toBe('2026-03-08T06:59:00.000Z');
    expect(at('2026-03-08 02:30', newYork)).toBe('2026-03-08T07:30:00.000Z');
    expect(at('2026-03-08 03:00', newYork)).toBe('2026-03-08T07:00:00.000Z');
    // 29 March 2026, Paris: 02:00 CET becomes 03:00 CEST.
    expect(at('2026-03-29 02:15', paris)).toBe('2026-03-29T01:15:00.000Z');
    expect(at('2026-03-29 03:15', paris)).toBe('2026-03-29T01:15:00.000Z');
  });

  it('reads a time in the repeated hour as the first of the two', () => {
    // 1 November 2026, New York: 02:00 EDT becomes 01:00 EST.
    expect(at('2026-11-01 00:59', newYork)).toBe('2026-11-01T04:59:00.000Z');
    expect(at('2026-11-01 01:30', newYork)).toBe('2026-11-01T05:30:00.000Z');
    expect(at('2026-11-01 02:00', newYork)).toBe('2026-11-01T07:00:00.000Z');
    // 25 October 2026, Paris: 03:00 CEST becomes 02:00 CET.
    expect(at('2026-10-25 02:30', paris)).toBe('2026-10-25T00:30:00.000Z');
    expect(at('2026-10-25 03:00', paris)).toBe('2026-10-25T02:00:00.000Z');
  });

  it('places a time after a half-hour change (Lord Howe, 5 October 2025: 02:00 becomes 02:30)', () => {
    const lordHowe = zoneNamed('Australia/Lord_Howe')!;
    // +10:30 before, +11:00 after.
    expect(at('2025-10-05 01:45', lordHowe)).toBe('2025-10-04T15:15:00.000Z');
    expect(at('2025-10-05 02:15', lordHowe)).toBe('2025-10-04T15:45:00.000Z');
    expect(at('2025-10-05 02:45', lordHowe)).toBe('2025-10-04T15:45:00.000Z');
  });

  it('agrees with Intl on every hour of a year in several zones', () => {
    for (const name of ['Europe/Paris', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      const zone = zoneNamed(name)!;
      const format = new Intl.DateTimeFormat('en-US', { timeZone: name, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 3_600_000) {
        const p = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
        const wall = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
        const read = parseDate(wall, 'dmy', now, undefined, zone)!;
        // A repeated hour reads as its first occurrence, which may be an hour before `instant`.
        if (read !== instant) expect([instant - 3_600_000, instant - 1_800_000]).toContain(read);
        else expect(read).toBe(instant);
      }
    }
  });
});

describe('zone column values', () => {
  const wall = Date.UTC(2026, 10, 25, 9, 14);
  const read = (text: string) => {
    const zone = zoneNamed(text);
    return zone === null ? null : new Date(zone.toUtc(wall)).toISOString();
  };

  it.each([
    ['PST', '2026-11-25T17:14:00.000Z'],
    ['PDT', '2026-11-25T16:14:00.000Z'],
    ['CET', '2026-11-25T08:14:00.000Z'],
    ['CEST', '2026-11-25T07:14:00.000Z'],
    ['cest', '2026-11-25T07:14:00.000Z'],
    ['EST', '2026-11-25T14:14:00.000Z'],
    ['UTC', '2026-11-25T09:14:00.000Z'],
    ['GMT', '2026-11-25T09:14:00.000Z'],
    ['GMT+01:00', '2026-11-25T08:14:00.000Z'],
    ['UTC-05:30', '2026-11-25T14:44:00.000Z'],
    ['+0200', '2026-11-25T07:14:00.000Z'],
    ['Europe/Paris', '2026-11-25T08:14:00.000Z'],
    ['america/new_york', '2026-11-25T14:14:00.000Z'],
    [' Asia/Tokyo ', '2026-11-25T00:14:00.000Z'],
  ])('%s', (text, expected) => expect(read(text)).toBe(expected));

  it.each(['IST', 'Mars/Olympus', 'GMT+25', 'soon', ''])('%s is no zone we know', (text) => expect(zoneNamed(text)).toBeNull());
});

describe('parseTimeOfDay', () => {
  it.each([
    ['09:14:03', 9 * 3600_000 + 14 * 60_000 + 3000],
    ['9:14', 9 * 3600_000 + 14 * 60_000],
    ['9:14 PM', 21 * 3600_000 + 14 * 60_000],
    ['12:05 a.m.', 5 * 60_000],
    ['14h30', 14.5 * 3600_000],
    ['23:59:59.250', 86_399_250],
  ])('%s', (text, expected) => expect(parseTimeOfDay(text)).toBe(expected));

  it.each(['24:00', '9', 'noon', '13:00 PM', '10:61'])('%s is not a time', (text) => expect(parseTimeOfDay(text)).toBeNull());
});
