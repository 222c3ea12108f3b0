import { describe, expect, it } from 'vitest';
import type { Mapping } from '../types';
import { genericMapping } from './presets/generic';
import { mapRows } from './map-rows';
import { table } from './test-support/table';

// Rows that list the same cart share one frozen list of items (row-values.ts). An order whose
// lines are merged gets its own copy: the other orders with that cart keep theirs.

const now = new Date('2026-11-25T12:00:00Z');

describe('items shared between rows', () => {
  const headers = ['Email', 'Type', 'Reference', 'Date', 'Items'];
  const rows = [
    ['ann@example.com', 'order', '#1', '2026-01-02', '2× Mug'],
    ['bob@example.com', 'order', '#2', '2026-01-03', '2× Mug'],
    ['ann@example.com', 'order', '#1', '2026-01-02', '1× Mug, 1× Tote bag'],
  ];
  const records = mapRows(table(headers, rows), genericMapping(headers), { fileName: 'orders.csv', now });

  it('merges the lines of one order into a list of its own', () => {
    expect(records[0]!.events[0]!.items).toEqual([
      { name: 'Mug', quantity: 3 },
      { name: 'Tote bag', quantity: 1 },
    ]);
  });

  it('leaves the other orders of the same cart as they were', () => {
    expect(records[1]!.events[0]!.items).toEqual([{ name: 'Mug', quantity: 2 }]);
    expect(Object.isFrozen(records[1]!.events[0]!.items)).toBe(true);
  });

  it('gives a row with an item name as well its own list', () => {
    const withName = ['Email', 'Type', 'Reference', 'Date', 'Items', 'Product'];
    const mapping: Mapping = { columns: ['email', 'event.type', 'event.reference', 'event.date', 'event.items', 'event.itemName'], defaultKind: null, defaultEventType: null };
    const [row] = mapRows(table(withName, [['cy@example.com', 'order', '#3', '2026-01-04', '2× Mug', 'Bougie']]), mapping, { fileName: 'orders.csv', now });
    expect(row!.events[0]!.items).toEqual([
      { name: 'Mug', quantity: 2 },
      { name: 'Bougie', quantity: 1 },
    ]);
  });
});
