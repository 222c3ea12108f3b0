import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../money/parse-amount';
import { mapFixture } from './test-support/map-fixture';
import { readFixture } from './test-support/read-fixture';

// What French Excel writes: windows-1252, ";", DD/MM/YYYY, decimal commas, NBSP thousands.
const url = new URL('../../../../shared/fixtures/edge-cases/fr-excel-semicolon-cp1252.csv', import.meta.url);

describe('French Excel CSV', () => {
  it('is read as windows-1252 separated by semicolons', async () => {
    const table = await readFixture(url);
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(table.rows).toHaveLength(5);
  });

  it('reads dates day first, as 29/02/2024 proves', async () => {
    const { records, dateOrder } = await mapFixture(url);
    expect(dateOrder).toMatchObject({ order: 'dmy', basis: 'values' });
    expect(dateOrder.message).toContain('day/month/year');
    const lukasz = records.find((record) => record.email === 'lukasz.wisniewski@example.net')!;
    // Contact dates without a time are read at noon (read-cell.ts), in UTC here.
    expect(lukasz.createdAt).toBe(Date.UTC(2024, 1, 29, 12));
    expect(lukasz.events[0]!.occurredAt).toBe(Date.UTC(2024, 1, 29, 12, 0));
    expect(records[0]!.createdAt).toBe(Date.UTC(2026, 10, 25, 12));
    expect(records.flatMap((record) => record.problems)).toEqual([]);
  });

  it('reads the donation amounts with their decimal comma, in euros from the “Montant (€)” header', async () => {
    const { records } = await mapFixture(url);
    expect(records.map((record) => record.events.map((event) => [event.type, event.amountMinor, event.currency]))).toEqual([
      [['donation', 1250, 'EUR']],
      [['donation', 100000, 'EUR']],
      [],
      [['donation', 750, 'EUR']],
      [['donation', -500, 'EUR']],
    ]);
    expect(records.every((record) => record.kind === 'donor')).toBe(true);
  });

  it('parses every amount the file holds, NBSP and plain-space thousands included', async () => {
    const table = await readFixture(url);
    const amount = table.headers.indexOf('Montant (€)');
    const total = table.headers.indexOf('Cumul dons');
    const cells = table.rows.flatMap((row) => [row.cells[amount]!, row.cells[total]!]).filter((cell) => cell !== '');
    expect(cells.map((cell) => [cell, parseAmount(cell)?.minor])).toEqual([
      ['12,50', 1250],
      ['1\u00a0234,56', 123456],
      ['1 000,00', 100000],
      ['1 000,00', 100000],
      ['0,00', 0],
      ['7,5', 750],
      ['7,5', 750],
      ['-5,00', -500],
      ['45,00', 4500],
    ]);
  });

  it('keeps what Excel lost (“?ukasz”) as written, for the reader’s flag to explain', async () => {
    const { records } = await mapFixture(url);
    expect(records[3]).toMatchObject({ firstName: '?ukasz', lastName: 'Wi?niewski', notes: 'Merci ? (emoji perdu)' });
  });
});
