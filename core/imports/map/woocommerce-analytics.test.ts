import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { mapTable } from './map-rows';
import { byEmail, mapFixture, testNow } from './test-support/map-fixture';
import { table } from './test-support/table';

// WooCommerce Analytics downloads, with the columns WooCommerce's get_export_columns() gives
// them (Reports/Customers/Controller.php, Reports/Orders/Controller.php). Read by words alone,
// "Last Active" became a last name, "Orders" an order number and "Customer type" an event type.

const local = (name: string): URL => new URL(`./test-fixtures/${name}`, import.meta.url);
const utc = (iso: string): number => Date.parse(iso);

describe('the WooCommerce Analytics customers export', () => {
  it('splits the name, dates the contact from Sign Up and keeps no figure', async () => {
    const { records, presetId, notes } = await mapFixture(local('woocommerce-analytics-customers.csv'));
    expect(presetId).toBe('woocommerce-analytics-customers');
    expect(records).toHaveLength(3);
    expect(byEmail(records, 'jeanne.moreau@example.com')).toMatchObject({
      firstName: 'Jeanne',
      lastName: 'Moreau',
      kind: 'customer',
      country: 'FR',
      postalCode: '69003',
      sourceId: null,
      events: [],
      problems: [],
    });
    // The time of day is the clock's business (parse-date.ts); the day is this export's.
    expect(Math.abs(byEmail(records, 'jeanne.moreau@example.com').createdAt! - utc('2025-03-04T10:15:00Z'))).toBeLessThanOrEqual(14 * 3_600_000);
    expect(byEmail(records, 'ana.lopez@example.com')).toMatchObject({ firstName: 'Ana', lastName: 'López', region: 'M', country: 'ES' });
    // A guest has no Sign Up date: no creation date, not the last activity.
    expect(byEmail(records, 'tom.baker@example.com').createdAt).toBeNull();
    expect(records.every((record) => !/\d/.test(record.lastName))).toBe(true);
    expect(notes).toEqual([
      { column: 'Last Active', rule: 'import.leftOut.activity', params: {} },
      { column: 'Orders', rule: 'import.leftOut.figure', params: {} },
      { column: 'Total Spend', rule: 'import.leftOut.figure', params: {} },
      { column: 'AOV', rule: 'import.leftOut.figure', params: {} },
    ]);
  });

  it('is recognised on a subset of its columns, as older and filtered versions write it', () => {
    const match = detectPreset(['Name', 'Last Active', 'Email', 'Orders', 'Total Spend', 'Country / Region']);
    expect(match.presetId).toBe('woocommerce-analytics-customers');
    expect(match.mapping.columns).toEqual(['fullName', 'ignore', 'email', 'ignore', 'ignore', 'country']);
  });
});

describe('the WooCommerce Analytics orders export', () => {
  it('makes each row an order with its number, total, status and products, named by the customer only', async () => {
    const { records, presetId, notes, mapping } = await mapFixture(local('woocommerce-analytics-orders.csv'));
    expect(presetId).toBe('woocommerce-analytics-orders');
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({ firstName: 'Jeanne', lastName: 'Moreau', email: null, phone: null, kind: 'customer', problems: [] });
    expect(records[0]!.events).toEqual([
      {
        type: 'order',
        occurredAt: expect.any(Number),
        dateOnly: false,
        amountMinor: 8150,
        currency: 'EUR',
        reference: '1042',
        items: [
          { name: 'Mug émaillé', quantity: 2 },
          { name: 'Tote bag', quantity: 1 },
        ],
        status: 'Completed',
        link: null,
      },
    ]);
    // "new" and "returning" say nothing of the event: every row is an order.
    expect(records.map((record) => record.events[0]?.type)).toEqual(['order', 'order', 'order', 'order']);
    expect(records.map((record) => record.events[0]?.reference)).toEqual(['1042', '1041', '1040', '1039']);
    // Net sales leave out tax and shipping: read only in a file without the total paid.
    expect(mapping.columns[9]).toBe('ignore');
    expect(notes).toEqual([
      { column: 'Customer type', rule: 'import.leftOut.customerType', params: {} },
      { column: 'Items sold', rule: 'import.leftOut.figure', params: {} },
    ]);
  });

  it('is recognised without the columns later versions added or renamed', () => {
    const headers = ['Date', 'Order #', 'Status', 'Customer', 'Product(s)', 'Items sold', 'Coupon(s)', 'N. Revenue'];
    const match = detectPreset(headers);
    expect(match.presetId).toBe('woocommerce-analytics-orders');
    const { records } = mapTable(table(headers, [['2026-11-18 09:30:00', '1041', 'Processing', 'Tom Baker', '1× Carnet A5', '1', '', '15.83']]), match.mapping, {
      fileName: 'wc-orders-report-export.csv',
      now: testNow,
      currency: match.currency,
    });
    expect(records[0]).toMatchObject({ firstName: 'Tom', lastName: 'Baker', events: [expect.objectContaining({ reference: '1041', amountMinor: 1583, status: 'Processing' })] });
  });
});
