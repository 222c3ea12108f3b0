import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { mapRows } from './map-rows';
import { mapFixture, testNow } from './test-support/map-fixture';
import { table } from './test-support/table';

// Shopify writes one line per line item; only the first line of an order has its totals.
// orders_export.csv, counted by hand: #1001 (two lines: 2 × Tasse « Café ☕ » - Bleu, 1 × Carte
// cadeau 20 €; total 64.70 EUR; fulfilled 2025-11-26 16:02:11 +0100) and #1002 (one line:
// 1 × Widget, "Deluxe" edition; total 97.98 USD; refunded, unfulfilled). Two orders.

const ordersUrl = new URL('../../../../shared/fixtures/formats/shopify/orders_export.csv', import.meta.url);

describe('Shopify orders export', () => {
  it('makes one order event per order, whatever its number of lines', async () => {
    const { records } = await mapFixture(ordersUrl);
    const orders = records.flatMap((record) => record.events).filter((event) => event.type === 'order');
    expect(orders).toHaveLength(2);
    expect(records).toHaveLength(2);
    expect(records.flatMap((record) => record.problems)).toEqual([]);
  });

  it('gives each order its items, its total in minor units and its currency', async () => {
    const { records } = await mapFixture(ordersUrl);
    const [helene, sean] = records;
    expect(helene!.events[0]).toEqual({
      type: 'order',
      occurredAt: Date.parse('2025-11-25T09:13:41+01:00'), dateOnly: false,
      amountMinor: 6470,
      currency: 'EUR',
      reference: '#1001',
      items: [
        { name: 'Tasse « Café ☕ » - Bleu', quantity: 2 },
        { name: 'Carte cadeau 20 €', quantity: 1 },
      ],
      status: 'paid',
      link: null,
    });
    expect(sean!.events).toEqual([
      {
        type: 'order',
        occurredAt: Date.parse('2024-02-29T23:58:12-05:00'), dateOnly: false,
        amountMinor: 9798,
        currency: 'USD',
        reference: '#1002',
        items: [{ name: 'Widget, "Deluxe" edition', quantity: 1 }],
        status: 'refunded',
        link: null,
      },
    ]);
  });

  it('adds a delivery event for the fulfilled order only', async () => {
    const { records } = await mapFixture(ordersUrl);
    const deliveries = records.flatMap((record) => record.events).filter((event) => event.type === 'delivery');
    expect(deliveries).toEqual([
      {
        type: 'delivery',
        occurredAt: Date.parse('2025-11-26T16:02:11+01:00'), dateOnly: false,
        amountMinor: null,
        currency: null,
        reference: '#1001',
        items: [
          { name: 'Tasse « Café ☕ » - Bleu', quantity: 2 },
          { name: 'Carte cadeau 20 €', quantity: 1 },
        ],
        status: null,
        link: null,
      },
    ]);
  });

  it('takes the buyer from the billing columns and consent from “Accepts Marketing”', async () => {
    const { records } = await mapFixture(ordersUrl);
    // "Accepts Marketing: no" means the box was never ticked, not an unsubscribe: treating it as an
    // opt-out would put the buyer on the permanent suppression list and stop the soft opt-in mail
    // allowed to existing customers. So "no" leaves consent unsaid (null).
    expect(records.map((record) => [record.firstName, record.lastName, record.email, record.phone, record.country, record.consent === null ? null : record.consent.state])).toEqual([
      ['Hélène', 'Dupré', 'helene.dupre@laposte.example', '+33612345678', 'FR', 'given'],
      ['Seán', "O'Brien", "sean.o'brien@example.com", '+12125550142', 'US', null],
    ]);
  });
});

describe('lines of one order anywhere in the file', () => {
  const headers = ['Name', 'Email', 'Currency', 'Total', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Financial Status'];
  const mapping = detectPreset(headers).mapping;
  const rows = [
    ['#2001', 'a@example.com', 'EUR', '30.00', '2025-01-02 10:00:00 +0100', '1', 'Mug', 'paid'],
    ['#2002', 'b@example.com', 'EUR', '12.00', '2025-01-03 10:00:00 +0100', '2', 'Bougie', 'paid'],
    ['#2001', 'a@example.com', '', '', '', '2', 'Tote bag', ''],
    ['#2001', 'a@example.com', '', '', '', '1', 'Mug', ''],
    // The same number for another customer is another order (two shops merged into one file).
    ['#2002', 'c@example.com', 'USD', '5.00', '2025-01-04 10:00:00 -0500', '1', 'Carte', 'paid'],
  ];

  it('merges them into the first line’s order, adding quantities of the same item', () => {
    const records = mapRows(table(headers, rows), mapping, { fileName: 'orders_export.csv', now: testNow });
    expect(records.map((record) => record.line)).toEqual([2, 3, 6]);
    expect(records[0]!.events).toHaveLength(1);
    expect(records[0]!.events[0]).toMatchObject({ reference: '#2001', amountMinor: 3000, currency: 'EUR', items: [{ name: 'Mug', quantity: 2 }, { name: 'Tote bag', quantity: 2 }] });
    expect(records[1]!.events[0]).toMatchObject({ reference: '#2002', amountMinor: 1200, items: [{ name: 'Bougie', quantity: 2 }] });
    expect(records[2]!.events[0]).toMatchObject({ reference: '#2002', amountMinor: 500, currency: 'USD', items: [{ name: 'Carte', quantity: 1 }] });
  });

  it('takes the totals from whichever line has them', () => {
    const reordered = [rows[2]!, rows[0]!];
    const [record] = mapRows(table(headers, reordered), mapping, { fileName: 'orders_export.csv', now: testNow });
    expect(record!.events[0]).toMatchObject({ amountMinor: 3000, currency: 'EUR', occurredAt: Date.parse('2025-01-02T10:00:00+01:00'), status: 'paid' });
    expect(record!.events[0]!.items).toEqual([{ name: 'Tote bag', quantity: 2 }, { name: 'Mug', quantity: 1 }]);
  });
});
