import { beforeEach, describe, expect, it } from 'vitest';
import { callThrough, useTempCore } from '../test-support/temp-core';
import { refreshOutbox } from './refresh-outbox';

// The stage programs on a real SQLite file with a fixed clock: events logged through
// the contract, the outbox planned as the app plans it (window Mon–Fri 9:00–18:00, Europe/Paris).
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Tuesday 2026-03-10 09:00 UTC (10:00 in Paris).
const T = Date.UTC(2026, 2, 10, 9);
let now = T + HOUR;
const clock = { now: () => new Date(now) };
const booted = useTempCore('stage-programs', clock);
const call = callThrough(booted);
const ctx = () => ({ db: booted().database.db, clock });
const iso = (ms: number) => new Date(ms).toISOString();
const sqlite = () => booted().database.sqlite;

beforeEach(async () => {
  now = T + HOUR;
  await call('settings.update', {
    business: { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: 'https://shop.example.com' },
    promoCode: 'LIVRAISON',
    cartRecovery: { isEnabled: true, isAutomatic: false },
    checkoutUnpaid: { isEnabled: true, isAutomatic: false },
    productViewed: { isEnabled: true, isAutomatic: false },
    quoteFollowUp: { isEnabled: true, isAutomatic: false },
  });
});

let seq = 0;
const person = async (kind: 'customer' | 'prospect' = 'customer') =>
  (await call('contacts.create', { firstName: `Léa${++seq}`, email: `lea${seq}@example.com`, language: 'fr', country: 'FR', kind, consent: { basis: 'consent', source: 'shop', at: null } })).id;

type Row = { id: string; program: string; step: number; state: string; dueAt: number; scheduledAt: number; reason: string; subject: string; bodyText: string };
const rows = (contactId: string, program?: string): Row[] =>
  sqlite().prepare(`SELECT id, program, step, state, due_at AS dueAt, scheduled_at AS scheduledAt, reason, subject, body_text AS bodyText FROM outbox
    WHERE contact_id = ? ${program ? 'AND program = ?' : ''} ORDER BY program, step`).all(...(program ? [contactId, program] : [contactId])) as Row[];
const states = (contactId: string, program: string) => rows(contactId, program).map((r) => r.state);
const send = (id: string, at: number) => sqlite().prepare("UPDATE outbox SET state = 'sent', sent_at = ? WHERE id = ?").run(at, id);

describe('checkout unpaid', () => {
  it('a pending order at T gives the payment message at T + 24 h, then the later steps 48 h apart, the promo code last', async () => {
    const id = await person();
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(T), amount: '60', reference: '#1001', items: 'Tablier en lin', outcome: 'pending' });
    refreshOutbox(ctx());
    const planned = rows(id);
    expect(planned.map((r) => [r.program, r.step, r.state])).toEqual([['checkout-unpaid', 1, 'scheduled'], ['checkout-unpaid', 2, 'scheduled'], ['checkout-unpaid', 3, 'scheduled']]);
    expect(planned[0]!.scheduledAt).toBe(T + DAY);
    expect(planned[1]!.scheduledAt).toBe(T + 3 * DAY);
    // T + 5 days is a Sunday: the window moves it to Monday 9:00 in Paris.
    expect(planned[2]!.scheduledAt).toBe(Date.UTC(2026, 2, 16, 8));
    expect(planned[0]!.subject).toBe('Votre paiement n’est pas passé');
    // No link on the order: the business's website is the way to finish.
    expect(planned[0]!.bodyText).toContain('Voici le lien pour finaliser : https://shop.example.com');
    expect(planned[2]!.bodyText).toContain('LIVRAISON');
    expect(planned[0]!.reason).toMatch(/^order unpaid: message 1 of 3, unless they pay or reply/);
  });

  it('completing the order (the same reference logged completed) stops what is left', async () => {
    const id = await person();
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(T), amount: '60', reference: '#1002', outcome: 'pending' });
    refreshOutbox(ctx());
    now = T + DAY;
    send(rows(id)[0]!.id, now);
    now = T + DAY + 2 * HOUR;
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(now), amount: '60', reference: '#1002', outcome: 'completed' });
    refreshOutbox(ctx());
    expect(states(id, 'checkout-unpaid')).toEqual(['sent', 'cancelled', 'cancelled']);
    expect(rows(id)[1]!.reason).toContain('stopped: they paid on 2026-03-11');
  });

  it('a stored outcome moving from pending to completed (a re-import) cancels what is left', async () => {
    const id = await person();
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(T), amount: '60', reference: '#1003', outcome: 'pending' });
    refreshOutbox(ctx());
    sqlite().prepare("UPDATE contact_events SET outcome = 'completed' WHERE contact_id = ? AND type = 'order'").run(id);
    refreshOutbox(ctx());
    expect(states(id, 'checkout-unpaid')).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('a failed payment gets message 1, then the later steps if nothing completes; a reply stops them', async () => {
    const id = await person();
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(T), amount: '45', outcome: 'failed' });
    refreshOutbox(ctx());
    expect(rows(id)[0]!.reason).toMatch(/^payment failed: message 1 of 3/);
    now = T + DAY;
    send(rows(id)[0]!.id, now);
    now = T + 3 * DAY;
    refreshOutbox(ctx());
    const second = rows(id)[1]!;
    expect([second.state, second.scheduledAt]).toEqual(['scheduled', T + 3 * DAY]);
    send(second.id, now);
    now = T + 4 * DAY;
    await call('events.log', { type: 'reply', contactId: id, occurredAt: iso(now) });
    refreshOutbox(ctx());
    expect(states(id, 'checkout-unpaid')).toEqual(['sent', 'sent', 'cancelled']);
  });

  it('a failed gift gets the payment message only, never a promo code', async () => {
    const id = await person();
    await call('events.log', { type: 'donation', contactId: id, occurredAt: iso(T), amount: '30', outcome: 'failed' });
    refreshOutbox(ctx());
    expect(rows(id).map((r) => [r.program, r.step])).toEqual([['checkout-unpaid', 1]]);
  });

  it('one sequence per purchase: an unpaid checkout after a cart takes over, without repeating a cart message already sent', async () => {
    const id = await person();
    await call('events.log', { type: 'abandoned_cart', contactId: id, occurredAt: iso(T), amount: '60', link: 'https://shop.example.com/cart/7' });
    refreshOutbox(ctx());
    expect(states(id, 'cart-recovery')).toEqual(['scheduled', 'scheduled', 'scheduled']);
    now = T + DAY;
    send(rows(id, 'cart-recovery')[0]!.id, now);
    now = T + 3 * DAY;
    send(rows(id, 'cart-recovery')[1]!.id, now);
    now = T + 3 * DAY + HOUR;
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(now), amount: '60', outcome: 'pending' });
    refreshOutbox(ctx());
    expect(states(id, 'cart-recovery')).toEqual(['sent', 'sent', 'cancelled']);
    expect(rows(id, 'cart-recovery')[2]!.reason).toContain('stopped: they reached payment on 2026-03-13');
    // The payment message, then the one cart step not yet sent (the promo code), with the cart's link.
    const checkout = rows(id, 'checkout-unpaid');
    expect(checkout.map((r) => [r.step, r.state])).toEqual([[1, 'scheduled'], [3, 'scheduled']]);
    expect(checkout[0]!.bodyText).toContain('https://shop.example.com/cart/7');
  });

  it('with checkout unpaid off, the cart sequence runs as before and nothing is planned for the checkout', async () => {
    await call('settings.update', { checkoutUnpaid: { isEnabled: false, isAutomatic: false } });
    const id = await person();
    await call('events.log', { type: 'abandoned_cart', contactId: id, occurredAt: iso(T), amount: '60' });
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(T + 2 * HOUR), amount: '60', outcome: 'pending' });
    now = T + 3 * HOUR;
    refreshOutbox(ctx());
    expect(states(id, 'cart-recovery')).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(rows(id, 'checkout-unpaid')).toEqual([]);
  });
});

describe('product viewed', () => {
  it('plans one gentle message 3 days after the view, with what they looked at', async () => {
    const id = await person();
    await call('events.log', { type: 'product_viewed', contactId: id, occurredAt: iso(T), items: 'Tablier en lin', link: 'https://shop.example.com/p/tablier' });
    refreshOutbox(ctx());
    const [message, ...more] = rows(id);
    expect(more).toEqual([]);
    expect([message!.program, message!.step, message!.state, message!.scheduledAt]).toEqual(['product-viewed', 1, 'scheduled', T + 3 * DAY]);
    expect(message!.bodyText).toContain('• Tablier en lin');
    expect(message!.bodyText).toContain('https://shop.example.com/p/tablier');
  });

  it('sends nothing when a cart or an order follows the view, whatever became of it', async () => {
    const carted = await person();
    await call('events.log', { type: 'product_viewed', contactId: carted, occurredAt: iso(T) });
    refreshOutbox(ctx());
    expect(states(carted, 'product-viewed')).toEqual(['scheduled']);
    await call('events.log', { type: 'abandoned_cart', contactId: carted, occurredAt: iso(T + HOUR), amount: '20' });
    refreshOutbox(ctx());
    expect(states(carted, 'product-viewed')).toEqual(['cancelled']);

    const ordered = await person();
    await call('events.log', { type: 'product_viewed', contactId: ordered, occurredAt: iso(T) });
    await call('events.log', { type: 'order', contactId: ordered, occurredAt: iso(T + HOUR), amount: '20', outcome: 'failed' });
    refreshOutbox(ctx());
    // Logging the view planned it (the outbox is planned after every change); the order cancels it.
    expect(states(ordered, 'product-viewed')).toEqual(['cancelled']);
  });

  it('writes at most once in 90 days to the same person', async () => {
    const id = await person();
    await call('events.log', { type: 'product_viewed', contactId: id, occurredAt: iso(T) });
    refreshOutbox(ctx());
    now = T + 3 * DAY;
    send(rows(id)[0]!.id, now);
    now = T + 40 * DAY;
    await call('events.log', { type: 'product_viewed', contactId: id, occurredAt: iso(now) });
    refreshOutbox(ctx());
    expect(states(id, 'product-viewed')).toEqual(['sent']);
    now = T + 100 * DAY;
    await call('events.log', { type: 'product_viewed', contactId: id, occurredAt: iso(now) });
    refreshOutbox(ctx());
    expect(states(id, 'product-viewed').sort()).toEqual(['scheduled', 'sent']);
  });
});

describe('quote follow-up', () => {
  const quoted = async () => {
    const id = await person('prospect');
    await call('events.log', { type: 'quote_sent', contactId: id, occurredAt: iso(T), reference: 'D-2026-014', amount: '1200' });
    refreshOutbox(ctx());
    return id;
  };

  it('follows up 7 days after the quote, and a last time 14 days after that', async () => {
    const id = await quoted();
    const [first, last] = rows(id, 'quote-follow-up');
    expect([first!.state, first!.scheduledAt]).toEqual(['scheduled', T + 7 * DAY]);
    expect([last!.state, last!.scheduledAt]).toEqual(['scheduled', T + 21 * DAY]);
    expect(first!.subject).toBe('Le devis que nous vous avons envoyé');
    now = T + 8 * DAY;
    send(first!.id, now);
    refreshOutbox(ctx());
    expect(rows(id, 'quote-follow-up')[1]!.scheduledAt).toBe(T + 22 * DAY);
  });

  it('stops on a reply', async () => {
    const id = await quoted();
    now = T + 2 * DAY;
    await call('events.log', { type: 'reply', contactId: id, occurredAt: iso(now) });
    refreshOutbox(ctx());
    expect(states(id, 'quote-follow-up')).toEqual(['cancelled', 'cancelled']);
  });

  it('stops when the prospect is marked won or lost', async () => {
    for (const status of ['won', 'lost'] as const) {
      const id = await quoted();
      now = T + 2 * DAY;
      await call('contacts.update', { id, patch: { prospectStatus: status } });
      refreshOutbox(ctx());
      expect(states(id, 'quote-follow-up'), status).toEqual(['cancelled', 'cancelled']);
      expect(rows(id, 'quote-follow-up')[0]!.reason).toContain(`stopped: the prospect was marked ${status} on 2026-03-12`);
      now = T + HOUR;
    }
  });

  it('stops on a completed order, not on a pending one', async () => {
    const id = await quoted();
    now = T + 2 * DAY;
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(now), amount: '1200', outcome: 'pending' });
    refreshOutbox(ctx());
    expect(states(id, 'quote-follow-up')).toEqual(['scheduled', 'scheduled']);
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(now + HOUR), amount: '1200', outcome: 'completed' });
    refreshOutbox(ctx());
    expect(states(id, 'quote-follow-up')).toEqual(['cancelled', 'cancelled']);
  });
});

describe('the switches', () => {
  it('plans nothing for a stage program that is off', async () => {
    await call('settings.update', {
      checkoutUnpaid: { isEnabled: false, isAutomatic: false }, productViewed: { isEnabled: false, isAutomatic: false }, quoteFollowUp: { isEnabled: false, isAutomatic: false },
    });
    const id = await person('prospect');
    await call('events.log', { type: 'order', contactId: id, occurredAt: iso(T), amount: '60', outcome: 'pending' });
    await call('events.log', { type: 'product_viewed', contactId: id, occurredAt: iso(T) });
    await call('events.log', { type: 'quote_sent', contactId: id, occurredAt: iso(T) });
    refreshOutbox(ctx());
    expect(rows(id)).toEqual([]);
  });
});
