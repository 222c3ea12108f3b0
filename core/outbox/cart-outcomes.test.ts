import { beforeEach, describe, expect, it } from 'vitest';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { refreshOutbox } from './refresh-outbox';

// Cart recovery reads outcomes (C8): a pending order is a checkout unpaid and stops nothing, an
// order that completes stops the sequence, a cart the shop recovered gets no message. Logged
// through the contract, planned on a real SQLite file.
const HOUR = 3_600_000;
// Tuesday 2026-03-10 09:00 UTC.
const CART = Date.UTC(2026, 2, 10, 9);
let now = CART + HOUR;
const clock = { now: () => new Date(now) };
const booted = useTempCore('cart-outcomes', clock);
const call = callThrough(booted);
const ctx = () => ({ db: booted().database.db, clock });
const iso = (ms: number) => new Date(ms).toISOString();

beforeEach(async () => {
  now = CART + HOUR;
  await call('settings.update', {
    business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' },
    // Cart message 3 offers the promo code: without one it waits for the owner.
    promoCode: 'LIVRAISON',
    checkoutUnpaid: { isEnabled: true, isAutomatic: false },
  });
});

let seq = 0;
const shopper = async () =>
  (await call('contacts.create', { firstName: `Léa${++seq}`, email: `lea${seq}@example.com`, language: 'fr', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null } })).id;
const cartStates = (contactId: string): string[] =>
  (booted().database.sqlite.prepare("SELECT state FROM outbox WHERE contact_id = ? AND program = 'cart-recovery' ORDER BY step").pluck().all(contactId) as string[]);

describe('cart recovery and the outcome of what followed', () => {
  // With checkout unpaid on, a pending or failed order after the cart hands the purchase over to
  // its payment messages (stage-programs.test.ts); the cart program alone reads it as below.
  const cartsAlone = () => call('settings.update', { checkoutUnpaid: { isEnabled: false, isAutomatic: false } });

  it('a pending order after the cart stops nothing; once an order completes, what is left is cancelled', async () => {
    await cartsAlone();
    const id = await shopper();
    await call('events.log', { type: 'abandoned_cart', contactId: id, occurredAt: iso(CART), amount: '60' });
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(CART + 2 * HOUR), amount: '60', outcome: 'pending' });
    now = CART + 3 * HOUR;
    refreshOutbox(ctx());
    expect(cartStates(id)).toEqual(['scheduled', 'scheduled', 'scheduled']);

    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(CART + 4 * HOUR), amount: '60', outcome: 'completed' });
    refreshOutbox(ctx());
    expect(cartStates(id)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('a failed order stops nothing either', async () => {
    await cartsAlone();
    const id = await shopper();
    await call('events.log', { type: 'abandoned_cart', contactId: id, occurredAt: iso(CART), amount: '60' });
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(CART + 2 * HOUR), amount: '60', outcome: 'failed' });
    refreshOutbox(ctx());
    expect(cartStates(id)).toEqual(['scheduled', 'scheduled', 'scheduled']);
  });

  it('enrols no cart the shop recovered, and cancels what was planned for one it recovers later', async () => {
    const recovered = await shopper();
    await call('events.log', { type: 'abandoned_cart', contactId: recovered, occurredAt: iso(CART), amount: '60', outcome: 'recovered' });
    refreshOutbox(ctx());
    expect(cartStates(recovered)).toEqual([]);

    const later = await shopper();
    await call('events.log', { type: 'abandoned_cart', contactId: later, occurredAt: iso(CART), amount: '60' });
    refreshOutbox(ctx());
    expect(cartStates(later)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    // The shop's next export says the cart was recovered.
    booted().database.sqlite.prepare("UPDATE contact_events SET outcome = 'recovered' WHERE contact_id = ? AND type = 'abandoned_cart'").run(later);
    refreshOutbox(ctx());
    expect(cartStates(later)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('keeps the outcome on the timeline and refuses one that does not fit the kind', async () => {
    const id = await shopper();
    const logged = await call('events.log', { type: 'donation', contactId: id, amount: '25', outcome: 'refunded' });
    expect(logged.outcome).toBe('refunded');
    expect((await call('events.log', { type: 'abandoned_cart', contactId: id, amount: '25' })).outcome).toBe('abandoned');
    expect((await call('events.log', { type: 'call', contactId: id })).outcome).toBe('completed');
    const error = await domainErrorOf(() => call('events.log', { type: 'abandoned_cart', contactId: id, amount: '25', outcome: 'refunded' }));
    expect(error.issues?.map((issue) => [issue.path, issue.rule])).toEqual([['outcome', 'log.outcome.invalid']]);
  });
});
