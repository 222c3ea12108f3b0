import { describe, expect, it } from 'vitest';
import { callThrough, useTempCore } from '../test-support/temp-core';

// One clock at import, end to end: a file with naive times, a zone column and dates without a
// time, imported with the owner's zone set under Business. Real core, real SQLite file.
const T = Date.UTC(2026, 11, 7, 10);
const clock = { now: () => new Date(T) };

const boot = useTempCore('import-clock', clock);
const call = callThrough(boot);

const importCsv = async (fileName: string, lines: string[], isDryRun = false) => {
  const staged = boot().stageFile(fileName, new TextEncoder().encode(lines.join('\r\n')));
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, isDryRun);
};

type StoredEvent = { email: string; occurredAt: number; dateOnly: number; createdAt: number };
const stored = (): StoredEvent[] =>
  boot().database.sqlite.prepare(
    `SELECT c.email, e.occurred_at AS occurredAt, e.date_only AS dateOnly, c.created_at AS createdAt
       FROM contact_events e JOIN contacts c ON c.id = e.contact_id ORDER BY c.email`,
  ).all() as StoredEvent[];
const iso = (ms: number) => new Date(ms).toISOString();

// Naive times, a zone column (empty on one row), and a date without a time; the sign-up date has no time.
const ORDERS = [
  'Email,Order date,Time zone,Total,Order number,Sign-up date',
  'ana@example.com,2026-11-25 09:14:03,,10.00,1001,2026-02-01',
  'ben@example.com,2026-11-25 09:14:03,PST,12.00,1002,2026-02-01',
  'cleo@example.com,2026-02-01,,14.00,1003,2026-02-01',
  'dan@example.com,2026-07-14 23:30,Europe/Paris,16.00,1004,2026-02-01',
];

describe('times and dates of an imported file, in the owner’s zone', () => {
  it.each([
    ['America/New_York', '2026-11-25T14:14:03.000Z', '2026-02-01T17:00:00.000Z'],
    ['Europe/Paris', '2026-11-25T08:14:03.000Z', '2026-02-01T11:00:00.000Z'],
  ])('with the owner in %s', async (timeZone, anaAt, signedUp) => {
    await call('settings.update', { timeZone });
    const result = await importCsv('orders.csv', ORDERS);
    expect(result.preview.mapping.columns).toEqual(['email', 'event.date', 'timeZone', 'event.amount', 'event.reference', 'createdAt']);
    expect(result.preview.problems).toEqual([]);
    const rows = stored();
    expect(rows.map(({ email, occurredAt, dateOnly }) => [email, iso(occurredAt), dateOnly])).toEqual([
      ['ana@example.com', anaAt, 0],
      // The row's zone wins over the owner's.
      ['ben@example.com', '2026-11-25T17:14:03.000Z', 0],
      // A date without a time is that date, stored at midnight UTC, in every zone.
      ['cleo@example.com', '2026-02-01T00:00:00.000Z', 1],
      ['dan@example.com', '2026-07-14T21:30:00.000Z', 0],
    ]);
    // A sign-up date without a time: noon where the owner is, or in the zone the row names; the
    // same date in UTC as where it was written.
    expect(rows.map((row) => iso(row.createdAt))).toEqual([signedUp, '2026-02-01T20:00:00.000Z', signedUp, '2026-02-01T11:00:00.000Z']);

    const cleo = (await call('contacts.list', { search: 'cleo@example.com' })).rows[0]!;
    const timeline = await call('timeline.list', { contactId: cleo.id });
    expect(timeline.rows[0]).toMatchObject({ type: 'order', occurredAt: '2026-02-01T00:00:00.000Z', dateOnly: true });
  });

  it('counts the same events in the dry run and the import, and a second import adds none', async () => {
    await call('settings.update', { timeZone: 'America/New_York' });
    const dry = await importCsv('orders.csv', ORDERS, true);
    expect(stored()).toEqual([]);
    const real = await importCsv('orders.csv', ORDERS);
    expect(real.preview.counts.events).toBe(dry.preview.counts.events);
    expect(stored()).toHaveLength(4);
    await importCsv('orders.csv', ORDERS);
    expect(stored()).toHaveLength(4);
  });

  it('says in the preview when a zone is unknown, and reads that line in the owner’s zone', async () => {
    await call('settings.update', { timeZone: 'Europe/Paris' });
    const result = await importCsv('orders.csv', [ORDERS[0]!, 'eve@example.com,2026-11-25 09:00,Mars/Olympus,10.00,1005,']);
    expect(result.preview.problems).toMatchObject([{ line: 2, column: 'Time zone', rule: 'import.unknownTimeZone', params: { value: 'Mars/Olympus', zone: 'Europe/Paris' } }]);
    expect(stored().map((row) => iso(row.occurredAt))).toEqual(['2026-11-25T08:00:00.000Z']);
  });
});

describe('a PayPal activity download', () => {
  const header =
    '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Item Title","Quantity","Country Code","Balance Impact"';
  const PAYPAL = [
    header,
    '"11/28/2025","10:04:11","PST","Seán O\'Brien","Donation Payment","Completed","USD","50.00","-1.75","48.25","sean@example.com","asso@example.org","1AB00000000000001","Giving Tuesday","1","US","Credit"',
    '"07/14/2026","23:30:00","PDT","Chloé Tremblay","Website Payment","Completed","CAD","20.00","-0.90","19.10","chloe@example.com","asso@example.org","1AB00000000000002","Calendrier","1","CA","Credit"',
    '"12/01/2025","09:00:00","CET","Léa Martin","Donation Payment","Completed","EUR","15.00","-0.60","14.40","lea@example.com","asso@example.org","1AB00000000000003","Don","1","FR","Credit"',
  ];

  it('puts each payment at its date, time and zone, not at midnight', async () => {
    await call('settings.update', { timeZone: 'Europe/Paris' });
    const result = await importCsv('Download.CSV', PAYPAL);
    expect(result.preview.presetId).toBe('paypal');
    expect(stored().map(({ email, occurredAt, dateOnly }) => [email, iso(occurredAt), dateOnly])).toEqual([
      ['chloe@example.com', '2026-07-15T06:30:00.000Z', 0],
      ['lea@example.com', '2025-12-01T08:00:00.000Z', 0],
      ['sean@example.com', '2025-11-28T18:04:11.000Z', 0],
    ]);
  });
});
