import { beforeEach, describe, expect, it } from 'vitest';
import { refreshOutbox } from '../outbox/refresh-outbox';
import { callThrough, useTempCore } from '../test-support/temp-core';

// A later export of the same orders says what became of them: the pending order is paid now, the
// cart the shop recovered. Re-importing it moves the stored events on (never back), counts them in
// the preview as in the import, stops the cart's messages, and undoing the import puts the earlier
// status back. Real core, real SQLite file.

const NOW = Date.parse('2026-03-15T12:00:00Z');
const boot = useTempCore('outcome-reimport', { now: () => new Date(NOW) });
const call = callThrough(boot);

beforeEach(async () => {
  await call('settings.update', {
    business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' },
    promoCode: 'LIVRAISON',
  });
});

const HEADER = 'email,accepts_marketing,type,occurred_at,amount,currency,status,reference';
const file = (orderStatus: string, cartStatus = ''): Uint8Array =>
  new TextEncoder().encode([
    HEADER,
    `hana@example.com,yes,abandoned_cart,2026-03-14T09:00:00Z,60,EUR,${cartStatus},cart-7`,
    `hana@example.com,yes,order,2026-03-14T10:00:00Z,60,EUR,${orderStatus},1042`,
  ].join('\r\n'));

const run = async (bytes: Uint8Array, isDryRun: boolean) => {
  const staged = boot().stageFile('orders.csv', bytes);
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, isDryRun);
};
const previewThenImport = async (bytes: Uint8Array) => {
  const { preview } = await run(bytes, true);
  const { commit } = await run(bytes, false);
  return { announced: preview.counts.events, done: commit!.events, importId: commit!.importId };
};

const sqlite = () => boot().database.sqlite;
const stored = (type: string) =>
  sqlite().prepare('SELECT status, outcome FROM contact_events WHERE type = ?').get(type) as { status: string | null; outcome: string };
const eventCount = () => sqlite().prepare('SELECT count(*) FROM contact_events').pluck().get() as number;
// The messages about this purchase still to go (the cart's, or the unpaid checkout's that takes
// over from it), once the outbox was brought up to date (as opening it does).
const cartMessages = async () => {
  refreshOutbox({ db: boot().database.db, clock: { now: () => new Date(NOW) } });
  return sqlite().prepare("SELECT program || ' ' || step FROM outbox WHERE program IN ('cart-recovery', 'checkout-unpaid') AND state <> 'cancelled'").pluck().all() as string[];
};

describe('re-importing orders whose status moved on', () => {
  it('brings a pending order up to date, stops the cart, and undo puts it back', async () => {
    const first = await previewThenImport(file('pending'));
    expect(first).toMatchObject({ announced: 2, done: 2 });
    expect(stored('order')).toEqual({ status: 'pending', outcome: 'pending' });
    // A pending order is a checkout unpaid: the purchase is still followed up.
    expect(await cartMessages()).toContain('checkout-unpaid 1');

    const paid = await previewThenImport(file('paid'));
    expect(paid).toMatchObject({ announced: 1, done: 1 });
    expect(eventCount()).toBe(2);
    expect(stored('order')).toEqual({ status: 'paid', outcome: 'completed' });
    expect(await cartMessages()).toEqual([]);

    await call('imports.undo', { id: paid.importId });
    expect(stored('order')).toEqual({ status: 'pending', outcome: 'pending' });
    expect(eventCount()).toBe(2);
  });

  it('never moves an event back when an older export comes in again', async () => {
    await previewThenImport(file('paid'));
    const older = await previewThenImport(file('pending'));
    expect(older).toMatchObject({ announced: 0, done: 0 });
    expect(stored('order')).toEqual({ status: 'paid', outcome: 'completed' });
  });

  it('marks a cart recovered, and a paid order refunded, when the next export says so', async () => {
    await previewThenImport(file('paid'));
    const later = await previewThenImport(file('refunded', 'recovered'));
    expect(later).toMatchObject({ announced: 2, done: 2 });
    expect(stored('abandoned_cart').outcome).toBe('recovered');
    expect(stored('order')).toEqual({ status: 'refunded', outcome: 'refunded' });
  });
});
