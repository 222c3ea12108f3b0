import { describe, expect, it } from 'vitest';
import type { ImportField, Mapping } from '../types';
import { mapTable } from './map-rows';
import { table } from './test-support/table';

// A row's dates with the owner's zone, a zone column and a time column (PayPal's "Date", "Time",
// "TimeZone"), and dates without a time kept as dates.
const now = new Date('2026-12-01T12:00:00Z');
const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const mapping = (columns: ImportField[]): Mapping => ({ columns, defaultKind: 'customer', defaultEventType: 'order' });

const map = (headers: string[], columns: ImportField[], rows: string[][], timeZone?: string) =>
  mapTable(table(headers, rows), mapping(columns), { fileName: 'orders.csv', now, timeZone }).records;

describe('dates of a row and the owner’s zone', () => {
  const headers = ['Email', 'Date', 'Amount', 'Created'];
  const columns: ImportField[] = ['email', 'event.date', 'event.amount', 'createdAt'];
  const rows = [
    ['ana@example.com', '25/11/2026 09:14:03', '10', '2026-02-01'],
    ['ben@example.com', '2026-02-01', '12', '2025-06-30 23:30'],
  ];

  it('reads naive times in the owner’s zone and keeps an event date without a time as a date', () => {
    const [ana, ben] = map(headers, columns, rows, 'America/New_York');
    expect(iso(ana!.events[0]!.occurredAt)).toBe('2026-11-25T14:14:03.000Z');
    expect(ana!.events[0]!.dateOnly).toBe(false);
    // A contact date without a time: noon where the owner is, the same date in UTC.
    expect(iso(ana!.createdAt)).toBe('2026-02-01T17:00:00.000Z');
    expect(ben!.events[0]).toMatchObject({ occurredAt: Date.UTC(2026, 1, 1), dateOnly: true });
    expect(iso(ben!.createdAt)).toBe('2025-07-01T03:30:00.000Z');
  });

  it('gives the same date-only event in every zone, and moves only the times', () => {
    const paris = map(headers, columns, rows, 'Europe/Paris');
    expect(iso(paris[0]!.events[0]!.occurredAt)).toBe('2026-11-25T08:14:03.000Z');
    expect(paris[1]!.events[0]).toMatchObject({ occurredAt: Date.UTC(2026, 1, 1), dateOnly: true });
    expect(iso(paris[0]!.createdAt)).toBe('2026-02-01T11:00:00.000Z');
  });

  it('reads them as UTC when no zone is given', () => {
    expect(iso(map(headers, columns, rows)[0]!.events[0]!.occurredAt)).toBe('2026-11-25T09:14:03.000Z');
  });
});

describe('a time column and a zone column', () => {
  // PayPal's own order of columns: the zone comes after the date it places.
  const headers = ['Date', 'Time', 'TimeZone', 'Name', 'Gross', 'From Email Address'];
  const columns: ImportField[] = ['event.date', 'time', 'timeZone', 'fullName', 'event.amount', 'email'];

  it('combines the date, the time and the row’s zone, whatever their order', () => {
    const records = map(headers, columns, [
      ['11/28/2025', '10:04:11', 'PST', 'Seán O’Brien', '50.00', 'sean@example.com'],
      ['07/04/2026', '10:04:11', 'PDT', 'Chloé Tremblay', '12.00', 'chloe@example.com'],
      ['11/28/2025', '10:04:11', 'Europe/Paris', 'Léa Martin', '8.00', 'lea@example.com'],
      ['11/28/2025', '9:04 PM', 'GMT+01:00', 'Tom Petit', '8.00', 'tom@example.com'],
    ], 'America/New_York');
    expect(records.map((r) => iso(r.events[0]!.occurredAt))).toEqual([
      '2025-11-28T18:04:11.000Z',
      '2026-07-04T17:04:11.000Z',
      '2025-11-28T09:04:11.000Z',
      '2025-11-28T20:04:00.000Z',
    ]);
    expect(records.every((r) => r.events[0]!.dateOnly === false && r.problems.length === 0)).toBe(true);
  });

  it('reads a time without a zone column in the owner’s zone', () => {
    const [row] = map(['Date', 'Time', 'Email'], ['event.date', 'time', 'email'], [['2026-02-01', '09:00', 'ana@example.com']], 'Europe/Paris');
    expect(row!.events[0]).toMatchObject({ occurredAt: Date.parse('2026-02-01T08:00:00Z'), dateOnly: false });
  });

  it('says when a zone is unknown, and reads that line in the owner’s zone', () => {
    const [row] = map(headers, columns, [['11/28/2025', '10:04:11', 'Mars/Olympus', 'Léa', '8.00', 'lea@example.com']], 'Europe/Paris');
    expect(iso(row!.events[0]!.occurredAt)).toBe('2025-11-28T09:04:11.000Z');
    expect(row!.problems).toEqual([
      {
        line: 2,
        column: 'TimeZone',
        message: '“Mars/Olympus” is not a time zone we recognise: the times of this line were read in Europe/Paris.',
        rule: 'import.unknownTimeZone',
        params: { value: 'Mars/Olympus', zone: 'Europe/Paris' },
      },
    ]);
  });

  it('does not carry one row’s zone to the next', () => {
    const records = map(headers, columns, [
      ['11/28/2025', '10:00:00', 'PST', 'A', '1', 'a@example.com'],
      ['11/28/2025', '10:00:00', '', 'B', '1', 'b@example.com'],
    ], 'UTC');
    expect(records.map((r) => iso(r.events[0]!.occurredAt))).toEqual(['2025-11-28T18:00:00.000Z', '2025-11-28T10:00:00.000Z']);
  });

  it('reports a time it cannot read and keeps the date as a date', () => {
    const [row] = map(['Date', 'Time', 'Email'], ['event.date', 'time', 'email'], [['2026-02-01', 'noon', 'ana@example.com']], 'Europe/Paris');
    expect(row!.events[0]).toMatchObject({ occurredAt: Date.UTC(2026, 1, 1), dateOnly: true });
    expect(row!.problems[0]).toMatchObject({ column: 'Time', rule: 'import.notATime', params: { value: 'noon' } });
  });
});
