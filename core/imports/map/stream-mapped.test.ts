import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { LateLine, mapTable, streamMappedTable } from './map-rows';
import { testNow } from './test-support/map-fixture';
import { table } from './test-support/table';

// A file written while it is read hands each record on once `window` later rows are read. The
// records must be the very ones the whole file gives, or the stream must say it cannot.

const HEADERS = ['event_id', 'contact_id', 'email', 'type', 'occurred_at', 'amount', 'currency', 'status', 'reference', 'items', 'campaign', 'source'];
const orderLine = (n: number, reference: string, email: string, items: string, date = '2025-01-26T09:10:42Z') =>
  [`E${n}`, `C${n}`, email, 'order', date, n % 2 === 0 ? '12.50' : '', 'EUR', 'paid', reference, items, '', 'shop'];

const options = { fileName: 'events.csv', now: testNow };
const mapping = detectPreset(HEADERS).mapping;
const whole = (rows: string[][]) => mapTable(table(HEADERS, rows), mapping, options);
const streamed = (rows: string[][], window: number) => {
  const stream = streamMappedTable(table(HEADERS, rows), mapping, options, window);
  const records = [...stream.records];
  return { records, dateOrder: stream.dateOrder() };
};

describe('records handed on while the file is read', () => {
  it('are the records of the whole file when the lines of each order are close together', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => orderLine(i, `#${Math.floor(i / 3)}`, `p${Math.floor(i / 3)}@example.com`, `${(i % 3) + 1}× Bougie`));
    const expected = whole(rows);
    expect(expected.records).toHaveLength(1000);
    // 1 + 2 + 3 candles over the three lines of order #0.
    expect(expected.records[0]!.events[0]!.items).toEqual([{ name: 'Bougie', quantity: 6 }]);
    expect(streamed(rows, 10)).toEqual(expected);
  });

  it('keep apart two contacts who share a reference, even far apart', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => orderLine(i, `#${i}`, `p${i}@example.com`, '1× Savon'));
    rows.push(orderLine(5000, '#3', 'someone.else@example.com', '1× Tasse'));
    const expected = whole(rows);
    expect(expected.records).toHaveLength(1201);
    expect(streamed(rows, 10)).toEqual(expected);
  });

  it('stop with LateLine when a line of an order comes after the order was handed on', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => orderLine(i, `#${i}`, `p${i}@example.com`, '1× Savon'));
    rows.push(orderLine(5000, '#3', 'p3@example.com', '1× Tasse'));
    expect(() => streamed(rows, 10)).toThrow(LateLine);
    expect(whole(rows).records).toHaveLength(1200);
  });

  it('tell apart two references of the same hash once the first was handed on', () => {
    // '#1062789' and '#1279192' have the same 32-bit FNV-1a hash (reference-index.ts).
    const rows = [orderLine(0, '#1062789', 'p0@example.com', '1× Savon')];
    rows.push(...Array.from({ length: 1200 }, (_, i) => orderLine(i + 1, `#${i + 1}`, `p${i + 1}@example.com`, '1× Savon')));
    const another = [...rows, orderLine(5000, '#1279192', 'someone.else@example.com', '1× Tasse')];
    expect(whole(another).records).toHaveLength(1202);
    expect(streamed(another, 10)).toEqual(whole(another));
    // The same person and type: only the hashes are left to compare, so the file is read again.
    const same = [...rows, orderLine(5000, '#1279192', 'p0@example.com', '1× Tasse')];
    expect(whole(same).records).toHaveLength(1202);
    expect(() => streamed(same, 10)).toThrow(LateLine);
  });

  it('keep the lines of an order together when its reference shares a hash with one handed on', () => {
    // Window 10: the release at row 256 hands on the rows before 246, #1062789's among them,
    // while #1279192's first row (250) is still in hand when its second line comes.
    const rows = Array.from({ length: 257 }, (_, i) => orderLine(i, `#f${i}`, `p${i}@example.com`, '1× Savon'));
    rows[240] = orderLine(240, '#1062789', 'p0@example.com', '1× Savon');
    rows[250] = orderLine(250, '#1279192', 'q@example.com', '1× Tasse');
    rows.push(orderLine(257, '#1279192', 'q@example.com', '1× Bol'));
    const expected = whole(rows);
    expect(expected.records).toHaveLength(257);
    expect(streamed(rows, 10)).toEqual(expected);
  });

  it('hand on at once the rows no later line can change, and still merge the lines of each order', () => {
    const person = (n: number) => ['', `C${n}`, `c${n}@example.com`, '', '', '', '', '', '', '', '', ''];
    const rows: string[][] = [];
    // Runs of 300 people without an event between runs of orders of two lines each.
    for (let n = 0; n < 1500; n += 1) {
      const order = Math.floor(n / 2);
      rows.push(n % 500 < 300 ? person(n) : orderLine(n, `#${order}`, `p${order}@example.com`, '1× Savon'));
    }
    const expected = whole(rows);
    expect(expected.records).toHaveLength(1200);
    expect(streamed(rows, 10)).toEqual(expected);
    // A file of contacts alone: its first record is handed on as soon as it is read, not 2,000 rows later.
    let read = 0;
    const contacts = table(HEADERS, rows.slice(0, 300));
    const counted = { ...contacts, rows: (function* () { for (const row of contacts.rows) { read += 1; yield row; } })() };
    const first = streamMappedTable(counted, mapping, options, 2000).records[Symbol.iterator]().next();
    expect(first.value).toEqual(expected.records[0]);
    expect(read).toBe(1);
    // A preset's row rule may learn from later rows what the plan asks of earlier ones: the window holds.
    read = 0;
    const again = table(HEADERS, rows.slice(0, 300));
    const countedAgain = { ...again, rows: (function* () { for (const row of again.rows) { read += 1; yield row; } })() };
    streamMappedTable(countedAgain, mapping, { ...options, rowRule: () => {} }, 2000).records[Symbol.iterator]().next();
    expect(read).toBe(300);
  });

  it('wait for the end once a row needed the date order, then read it again if the order changed', () => {
    // 03/04/2025 is read as month/day until 25/04/2025 proves day/month.
    const rows = Array.from({ length: 1200 }, (_, i) => orderLine(i, `#${i}`, `p${i}@example.com`, '1× Savon', i === 700 ? '25/04/2025' : '03/04/2025'));
    const expected = whole(rows);
    expect(expected.dateOrder.order).toBe('dmy');
    expect(expected.records[0]!.events[0]!.occurredAt).toBe(Date.UTC(2025, 3, 3));
    expect(streamed(rows, 10)).toEqual(expected);
  });
});
