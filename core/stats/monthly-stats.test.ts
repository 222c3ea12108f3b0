import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type MonthlyStatsInput } from '../../api';
import { bootCore, type Booted } from '../boot';
import { monthWindow } from './month-window';

const NOW = Date.parse('2026-03-15T12:00:00Z');
const at = (iso: string) => Date.parse(iso);

let dir: string;
let booted: Booted;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-stats-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock: { now: () => new Date(NOW) } });
  booted.database.sqlite
    .prepare("INSERT INTO contacts (id, first_name, sort_name, created_at, updated_at) VALUES ('ana', 'Ana', 'ana', 0, 0), ('bo', 'Bo', 'bo', 0, 0)")
    .run();
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
const event = (type: string, occurredAt: number, amountMinor: number | null, { contact = 'ana', currency = 'EUR' as string | null, reference = null as string | null } = {}) => {
  seq += 1;
  booted.database.sqlite
    .prepare(
      `INSERT INTO contact_events (id, contact_id, type, occurred_at, amount_minor, currency, reference, source, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'manual', 0)`,
    )
    .run(`E${seq}`, contact, type, occurredAt, amountMinor, currency, reference);
};

// Through the contract, as a host calls it: the input is parsed and the output checked.
const stats = async (input: MonthlyStatsInput = {}) => {
  const output = await booted.handlers['stats.monthly'](contract['stats.monthly'].input.parse(input));
  return contract['stats.monthly'].output.parse(output);
};
const month = async (name: string, input?: MonthlyStatsInput) => (await stats(input)).months.find((m) => m.month === name)!;

describe('monthly orders and donations', () => {
  it('gives 24 months ending with the current one, zeros where nothing happened', async () => {
    const result = await stats();
    expect(result.months).toHaveLength(24);
    expect(result.months[0]!.month).toBe('2024-04');
    expect(result.months.at(-1)!.month).toBe('2026-03');
    expect(result.months.every((m) => m.orders === 0 && m.ordersMinor === 0 && m.donations === 0 && m.donationsMinor === 0)).toBe(true);
    expect(result).toMatchObject({ currency: null, currencies: [] });
    expect((await stats({ months: 3 })).months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('puts events on either side of a month edge, in UTC, in their own month', async () => {
    event('order', at('2026-01-31T23:59:59.999Z'), 1000);
    event('order', at('2026-02-01T00:00:00.000Z'), 2500);
    // 00:30 in Paris on Feb 1 is still January in UTC.
    event('donation', at('2026-01-31T23:30:00Z'), 5000);
    expect(await month('2026-01')).toEqual({ month: '2026-01', orders: 1, ordersMinor: 1000, donations: 1, donationsMinor: 5000 });
    expect(await month('2026-02')).toEqual({ month: '2026-02', orders: 1, ordersMinor: 2500, donations: 0, donationsMinor: 0 });
  });

  it('keeps the 24-month window: its first instant in, the instant before out, nothing after now', async () => {
    event('order', at('2024-04-01T00:00:00.000Z'), 100);
    event('order', at('2024-03-31T23:59:59.999Z'), 200);
    event('order', NOW, 300);
    event('order', NOW + 1, 400);
    const result = await stats();
    expect(result.months[0]).toMatchObject({ month: '2024-04', orders: 1, ordersMinor: 100 });
    expect(result.months.at(-1)).toMatchObject({ month: '2026-03', orders: 1, ordersMinor: 300 });
    expect(result.months.reduce((sum, m) => sum + m.orders, 0)).toBe(2);
  });

  it('leaves out a donation refunded by reference, but not one whose refund carries another reference', async () => {
    event('donation', at('2026-02-10T10:00:00Z'), 3000, { reference: 'D1' });
    event('refund', at('2026-02-12T10:00:00Z'), 3000, { reference: 'D1' });
    event('donation', at('2026-02-11T10:00:00Z'), 2000, { reference: 'D2' });
    event('refund', at('2026-02-12T10:00:00Z'), 2000, { reference: 'D-other' });
    // The same reference on someone else's refund does not cancel Bo's gift.
    event('donation', at('2026-02-13T10:00:00Z'), 1500, { contact: 'bo', reference: 'D1' });
    event('donation', at('2026-02-14T10:00:00Z'), 700);
    expect(await month('2026-02')).toMatchObject({ donations: 3, donationsMinor: 4200 });
  });

  it('ignores carts, deliveries and refunds themselves, and counts events without an amount', async () => {
    event('abandoned_cart', at('2026-03-01T10:00:00Z'), 9900);
    event('delivery', at('2026-03-02T10:00:00Z'), null);
    event('refund', at('2026-03-03T10:00:00Z'), 500, { reference: 'nothing' });
    event('order', at('2026-03-04T10:00:00Z'), null, { currency: null });
    expect(await month('2026-03')).toEqual({ month: '2026-03', orders: 1, ordersMinor: 0, donations: 0, donationsMinor: 0 });
  });

  it('adds up one currency: the most used unless another is asked for', async () => {
    event('order', at('2026-03-01T10:00:00Z'), 1000);
    event('order', at('2026-03-02T10:00:00Z'), 2000);
    event('order', at('2026-03-03T10:00:00Z'), 5000, { currency: 'USD' });
    event('order', at('2026-03-04T10:00:00Z'), 300, { currency: null });
    const result = await stats();
    expect(result.currency).toBe('EUR');
    expect(result.currencies).toEqual(['EUR', 'USD']);
    expect(result.months.at(-1)).toMatchObject({ orders: 3, ordersMinor: 3300 });
    const usd = await stats({ currency: 'USD' });
    expect(usd.currency).toBe('USD');
    expect(usd.months.at(-1)).toMatchObject({ orders: 2, ordersMinor: 5300 });
  });

  it('refuses a window it was not built for', () => {
    expect(contract['stats.monthly'].input.safeParse({ months: 0 }).success).toBe(false);
    expect(contract['stats.monthly'].input.safeParse({ months: 121 }).success).toBe(false);
    expect(contract['stats.monthly'].input.safeParse({ currency: 'euro' }).success).toBe(false);
  });
});

describe('month window', () => {
  it('crosses year ends and starts each month at 00:00 UTC on the 1st', () => {
    const window = monthWindow(at('2026-01-01T00:00:00.000Z'), 3);
    expect(window).toEqual([
      { month: '2025-11', ms: at('2025-11-01T00:00:00Z') },
      { month: '2025-12', ms: at('2025-12-01T00:00:00Z') },
      { month: '2026-01', ms: at('2026-01-01T00:00:00Z') },
    ]);
    expect(monthWindow(at('2025-12-31T23:59:59.999Z'), 1)).toEqual([{ month: '2025-12', ms: at('2025-12-01T00:00:00Z') }]);
  });
});
