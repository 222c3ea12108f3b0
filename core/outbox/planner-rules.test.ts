import { beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../api';
import { DEFAULT_WINDOW, isInWindow } from '../programs/send-window';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { startReactivation } from './reactivation-campaign';
import { refreshOutbox } from './refresh-outbox';

// The rules the planner enforces for every message, tried on a real core and a real SQLite file
// as the owner meets them in the outbox: which legal basis allows which program, cart steps 48 h
// apart once the window has moved them, no message without the sender's identity, and "mark as
// sent" passing the same checks as a send.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-03-09 00:00 in Paris.
const MONDAY = Date.UTC(2026, 2, 8, 23);
// Thursday 2026-03-12 18:30 in Paris: T+24 h falls on Friday evening, outside the window.
const THURSDAY_EVENING = Date.UTC(2026, 2, 12, 17, 30);
let now = MONDAY;
const clock = { now: () => new Date(now) };
const booted = useTempCore('planner-rules', clock);
const call = callThrough(booted);
const ctx = () => ({ db: booted().database.db, clock });

const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

beforeEach(async () => {
  now = MONDAY;
  await call('settings.update', { business, promoCode: 'LIVRAISON', googlePlaceId: 'ChIJ-example' });
});

let seq = 0;
const person = async (firstName: string, extra: Partial<MethodInput<'contacts.create'>> = {}) =>
  (await call('contacts.create', { firstName, email: `${firstName.toLowerCase()}${++seq}@atelier-client.fr`, language: 'fr', country: 'FR',
    consent: { basis: 'consent', source: 'shop', at: null }, ...extra })).id;
const basis = (name: NonNullable<MethodInput<'contacts.create'>['consent']>['basis']) => ({ consent: { basis: name, source: 'shop', at: null } });
const event = (contactId: string, type: string, occurredAt: number, reference: string | null = null) => {
  seq += 1;
  booted().database.sqlite
    .prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, currency, source, created_at)
      VALUES (?, ?, ?, ?, ?, 'EUR', 'manual', ?)`)
    .run(`E${seq}`, contactId, type, occurredAt, reference, now);
};
type Row = { id: string; program: string; step: number; state: string; reason: string; scheduledAt: number; bodyText: string };
const rowsOf = (contactId: string): Row[] =>
  booted().database.sqlite
    .prepare(`SELECT id, program, step, state, reason, scheduled_at AS scheduledAt, body_text AS bodyText FROM outbox
      WHERE contact_id = ? ORDER BY program, step`)
    .all(contactId) as Row[];
const cartTimes = (contactId: string) => rowsOf(contactId).filter((r) => r.program === 'cart-recovery').map((r) => r.scheduledAt);
const sendByHand = (id: string, at: number) => booted().database.sqlite.prepare("UPDATE outbox SET state = 'sent', sent_at = ? WHERE id = ?").run(at, id);
const iso = (ms: number) => new Date(ms).toISOString();

describe('which legal basis allows which program', () => {
  it('holds cart messages the basis does not cover, with the reason, and plans those it covers', async () => {
    const cart = MONDAY + 10 * HOUR;
    now = cart + HOUR;
    const newcomer = await person('Newcomer', basis('soft-opt-in'));
    const returning = await person('Returning', basis('soft-opt-in'));
    event(returning, 'order', cart - 100 * DAY);
    const webmail = await person('Webmail', { ...basis('legitimate-interest'), kind: 'prospect', email: 'webmail@gmail.com' });
    const company = await person('Company', { ...basis('legitimate-interest'), kind: 'prospect' });
    const donor = await person('Donor', { ...basis('charity-opt-out'), kind: 'donor' });
    const transactional = await person('Transactional', basis('transactional'));
    event(transactional, 'order', cart - 100 * DAY);
    for (const id of [newcomer, returning, webmail, company, donor, transactional]) event(id, 'abandoned_cart', cart);
    refreshOutbox(ctx(), undefined);

    const states = (id: string) => rowsOf(id).map((r) => r.state);
    expect(states(returning)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(states(company)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    for (const id of [newcomer, webmail, donor, transactional]) expect(states(id)).toEqual(['needs-attention', 'needs-attention', 'needs-attention']);
    expect(rowsOf(newcomer)[0]!.reason).toBe('cart 1 of 3, unless they buy or reply; soft opt-in only covers people who bought before; record their consent to send this');
    expect(rowsOf(webmail)[0]!.reason).toContain('B2B legitimate interest only covers prospects at a company address, and gmail.com is a personal mailbox');
    expect(rowsOf(donor)[0]!.reason).toContain('charity opt-out only covers reactivating donors, not cart recovery');
    expect(rowsOf(transactional)[0]!.reason).toContain('transactional only covers messages about an order or an account');

    // Recording their consent releases the messages at the next planning.
    await call('contacts.update', { id: newcomer, patch: { consent: { basis: 'consent', source: 'phone call', at: null } } });
    refreshOutbox(ctx(), undefined);
    expect(states(newcomer)).toEqual(['scheduled', 'scheduled', 'scheduled']);
  });

  it('lets charity opt-out reach donors with a reactivation, and nobody else', async () => {
    now = MONDAY + 10 * HOUR;
    const donor = await person('Donor', { ...basis('charity-opt-out'), kind: 'donor' });
    const customer = await person('Customer', basis('charity-opt-out'));
    for (const id of [donor, customer]) event(id, 'donation', now - 400 * DAY);
    expect(startReactivation(ctx(), [donor, customer])).toEqual({ planned: 1, deferred: 1, skipped: 0 });
    expect(rowsOf(donor).map((r) => [r.program, r.state])).toEqual([['reactivation', 'scheduled']]);
    expect(rowsOf(customer)[0]!.reason).toContain('charity opt-out only covers reactivating donors, and this contact is a customer');
  });
});

describe('cart steps once the window and the caps have moved them', () => {
  it('are at least 48 h apart for a cart abandoned at any hour of the week, planned on time or late', async () => {
    for (let hour = 0; hour < 168; hour += 1) {
      const cart = MONDAY + hour * HOUR;
      now = cart;
      const id = await person(`Hour${hour}`);
      event(id, 'abandoned_cart', cart, `C${hour}`);
      // On time, then re-planned a day late and three and a half days late.
      for (const late of [0, 25 * HOUR, 84 * HOUR]) {
        now = cart + late;
        refreshOutbox(ctx(), [id]);
        const times = cartTimes(id);
        const at = `cart at ${iso(cart)}, planned at ${iso(now)}: ${times.map(iso).join(', ')}`;
        expect(times, at).toHaveLength(3);
        expect(times[0]!, at).toBeGreaterThanOrEqual(Math.max(cart + 24 * HOUR, now));
        for (let step = 1; step < times.length; step += 1) expect(times[step]! - times[step - 1]!, at).toBeGreaterThanOrEqual(48 * HOUR);
        expect(times.every((t) => isInWindow(t, DEFAULT_WINDOW, 'Europe/Paris')), at).toBe(true);
      }
    }
  });

  it('counts from Monday 9:00 when the window moved message 1 there, and a review request gives way', async () => {
    now = THURSDAY_EVENING + 16 * HOUR;
    const ana = await person('Ana', basis('soft-opt-in'));
    event(ana, 'order', now - 200 * DAY);
    event(ana, 'abandoned_cart', THURSDAY_EVENING, 'C1');
    // Delivered Friday 10:00 in Paris: the request is due Wednesday, the day of cart 2.
    event(ana, 'delivery', Date.UTC(2026, 2, 13, 9), 'O1');
    refreshOutbox(ctx(), undefined);
    const rows = rowsOf(ana);
    expect(rows.map((r) => [r.program, r.step, iso(r.scheduledAt), r.state])).toEqual([
      ['cart-recovery', 1, '2026-03-16T08:00:00.000Z', 'scheduled'],
      ['cart-recovery', 2, '2026-03-18T08:00:00.000Z', 'scheduled'],
      ['cart-recovery', 3, '2026-03-20T08:00:00.000Z', 'scheduled'],
      ['review-request', 1, '2026-03-19T08:00:00.000Z', 'scheduled'],
    ]);
    expect(rows[3]!.reason).toContain('at most one message a day per person');
  });

  it('still sends cart 3 when the window puts it more than 7 days after the cart', async () => {
    now = THURSDAY_EVENING + HOUR;
    const ana = await person('Ana');
    event(ana, 'abandoned_cart', THURSDAY_EVENING, 'C1');
    refreshOutbox(ctx(), undefined);
    for (const step of [1, 2]) {
      const row = rowsOf(ana)[step - 1]!;
      now = row.scheduledAt;
      sendByHand(row.id, now);
      refreshOutbox(ctx(), undefined);
    }
    now = Date.UTC(2026, 2, 20, 8);
    refreshOutbox(ctx(), undefined);
    const third = rowsOf(ana)[2]!;
    expect([third.step, third.state, iso(third.scheduledAt)]).toEqual([3, 'scheduled', '2026-03-20T08:00:00.000Z']);
    expect(now - THURSDAY_EVENING).toBeGreaterThan(7 * DAY);
  });
});

describe('the sender\'s identity on every message, edited or not', () => {
  const emptyIdentity = { business: { ...business, name: '', postalAddress: '' } };

  it('holds every message while the business name or postal address is empty, and releases it with the footer', async () => {
    now = MONDAY + 10 * HOUR;
    const ana = await person('Ana');
    event(ana, 'abandoned_cart', now - HOUR, 'C1');
    refreshOutbox(ctx(), undefined);
    const [first, second] = rowsOf(ana);
    await call('outbox.edit', { id: first!.id, subject: 'Pour vous', bodyText: 'Un mot rien que pour vous.' });
    expect(rowsOf(ana)[0]!.state).toBe('scheduled');

    // The identity is emptied: the edited message and the others are held alike.
    await call('settings.update', emptyIdentity);
    refreshOutbox(ctx(), undefined);
    expect(rowsOf(ana).map((r) => r.state)).toEqual(['needs-attention', 'needs-attention', 'needs-attention']);
    expect(rowsOf(ana)[0]!.reason).toContain('missing in Settings: the business name, the postal address');
    await expect(call('outbox.approve', { id: first!.id })).rejects.toThrow(/needs attention/);

    // Edited while the identity is empty: saved as written, without a footer, and held.
    const held = await call('outbox.edit', { id: second!.id, subject: 'Encore vous', bodyText: 'Un second mot.' });
    expect([held.state, held.bodyText]).toEqual(['needs-attention', 'Un second mot.']);
    expect(held.reason).toContain('missing in Settings: the business name');

    // The identity is back: the others go, the one written without a footer waits for it.
    await call('settings.update', { business });
    refreshOutbox(ctx(), undefined);
    const rows = rowsOf(ana);
    expect(rows.map((r) => r.state)).toEqual(['scheduled', 'needs-attention', 'scheduled']);
    expect(rows[0]!.bodyText).toMatch(/^Un mot rien que pour vous\.\n\n--\nAtelier Lumière, 3 rue des Lilas/);
    expect(rows[2]!.bodyText).toContain('Atelier Lumière, 3 rue des Lilas, 69001 Lyon');
    expect(rows[1]!.reason).toContain('lacks the footer');
    const saved = await call('outbox.edit', { id: second!.id, subject: 'Encore vous', bodyText: 'Un second mot.' });
    expect(saved.state).toBe('scheduled');
    expect(saved.bodyText).toMatch(/^Un second mot\.\n\n--\nAtelier Lumière, 3 rue des Lilas, 69001 Lyon\nVous recevez ce message/);
  });
});

describe('marking an SMS or WhatsApp message as sent', () => {
  // Sunday 2026-03-08 11:00 in Paris: message 1 is due on Monday at 11:00.
  const SUNDAY = Date.UTC(2026, 2, 8, 10);
  const byPhone = async (firstName: string, extra: Partial<MethodInput<'contacts.create'>> = {}) => {
    const id = await person(firstName, { email: null, phone: `06 12 34 ${10 + (++seq % 90)} 78`, ...extra });
    event(id, 'abandoned_cart', SUNDAY, 'C1');
    return id;
  };
  const refusal = async (id: string) => {
    const error = await domainErrorOf(() => call('outbox.markSent', { id }));
    expect(error.code).toBe('CONFLICT');
    return error.message;
  };

  it('refuses before the message\'s time, and outside the send window', async () => {
    now = SUNDAY + HOUR;
    const lea = await byPhone('Lea');
    refreshOutbox(ctx(), undefined);
    const first = rowsOf(lea)[0]!;
    expect(await refusal(first.id)).toContain('can go from 2026-03-09 10:00 UTC, not before');
    // Monday 19:00 in Paris: overdue, but the window has closed until Tuesday 9:00.
    now = Date.UTC(2026, 2, 9, 18);
    expect(await refusal(first.id)).toContain('can go from 2026-03-10 08:00 UTC');
    expect(rowsOf(lea)[0]!.state).toBe('scheduled');
    now = Date.UTC(2026, 2, 10, 8, 30);
    const sent = await call('outbox.markSent', { id: first.id });
    expect([sent.state, sent.sentAt]).toEqual(['sent', iso(now)]);
  });

  it('refuses a message held for attention or cancelled by an unsubscribe, with the reason', async () => {
    now = SUNDAY + HOUR;
    const held = await byPhone('Held', basis('soft-opt-in'));
    const gone = await byPhone('Gone');
    refreshOutbox(ctx(), undefined);
    now = Date.UTC(2026, 2, 9, 10);
    expect(await refusal(rowsOf(held)[0]!.id)).toMatch(/needs attention first: .*soft opt-in only covers people who bought before/);
    booted().database.sqlite.prepare('UPDATE contacts SET unsubscribed_at = ? WHERE id = ?').run(now, gone);
    expect(await refusal(rowsOf(gone)[0]!.id)).toMatch(/is cancelled, so it cannot be marked as sent: .*unsubscribed/);
    expect(rowsOf(gone)[0]!.state).toBe('cancelled');
  });

  it('refuses an email message, which Relance sends itself', async () => {
    now = SUNDAY + HOUR;
    const ana = await person('Ana');
    event(ana, 'abandoned_cart', SUNDAY);
    refreshOutbox(ctx(), undefined);
    now = Date.UTC(2026, 2, 9, 10);
    expect(await refusal(rowsOf(ana)[0]!.id)).toContain('sent by Relance through your mailbox');
  });
});
