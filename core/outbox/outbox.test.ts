import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, OutboxEntry } from '../../api';
import { bootCore, type Booted } from '../boot';
import { callThrough } from '../test-support/temp-core';

// Sunday 2026-03-08 10:00 UTC: T+24 h, T+72 h and T+120 h fall on Monday, Wednesday and Friday
// at 11:00 in Paris, inside the default send window.
const T = Date.UTC(2026, 2, 8, 10, 0);
const HOUR = 3_600_000;
let now = T + HOUR;
const clock = { now: () => new Date(now) };

let dir: string;
let booted: Booted;
const call = callThrough(() => booted);

const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

beforeEach(async () => {
  now = T + HOUR;
  dir = mkdtempSync(join(tmpdir(), 'relance-outbox-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
  await call('settings.update', { business, promoCode: 'LIVRAISON', googlePlaceId: 'ChIJ-example' });
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
const person = async (firstName: string, extra: Partial<MethodInput<'contacts.create'>> = {}) =>
  (await call('contacts.create', { firstName, email: `${firstName.replace(/\W/g, '').toLowerCase() || 'x'}${++seq}@example.com`, language: 'fr', country: 'FR',
    consent: { basis: 'consent', source: 'shop', at: null }, ...extra })).id;
const event = (contactId: string, type: string, occurredAt: number, extra: { reference?: string; items?: string; amount?: number; link?: string } = {}) => {
  seq += 1;
  booted.database.sqlite
    .prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, items, amount_minor, currency, link, source, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, 'manual', ?)`)
    .run(`E${seq}`, contactId, type, occurredAt, extra.reference ?? null, extra.items ?? null, extra.amount ?? null, extra.link ?? null, now);
};
// Events are seeded straight into the database here, so the outbox is planned as the scheduler's
// timer would, then read (reading never plans).
const everything = async (): Promise<OutboxEntry[]> => {
  await call('outbox.plan', {});
  const views = ['today', 'upcoming', 'attention', 'sent', 'failed', 'unknown'] as const;
  const pages = await Promise.all(views.map((view) => call('outbox.list', { view })));
  return pages.flatMap((page) => page.rows).sort((a, b) => a.program.localeCompare(b.program) || a.step - b.step);
};
const sendByHand = (id: string, at: number) =>
  booted.database.sqlite.prepare("UPDATE outbox SET state = 'sent', sent_at = ? WHERE id = ?").run(at, id);

describe('cart recovery in the outbox', () => {
  it('turns an abandoned cart into three messages at T+24 h, T+72 h and T+120 h, rendered', async () => {
    const ana = await person('Ana');
    event(ana, 'abandoned_cart', T, { reference: 'C1', items: JSON.stringify([{ name: 'Lampe Alba', quantity: 1 }]), amount: 12_950, link: 'https://shop.example.com/c/1' });
    const rows = await everything();
    expect(rows.map((m) => [m.step, Date.parse(m.scheduledAt) - T, m.state])).toEqual([
      [1, 24 * HOUR, 'scheduled'],
      [2, 72 * HOUR, 'scheduled'],
      [3, 120 * HOUR, 'scheduled'],
    ]);
    expect(rows[0]!.subject).toBe('Votre panier chez Atelier Lumière');
    expect(rows[0]!.bodyText).toContain('Lampe Alba');
    expect(rows[0]!.bodyText).toContain('https://shop.example.com/c/1');
    expect(rows[2]!.bodyText).toContain('LIVRAISON');
    expect(rows[1]!.reason).toBe('cart 2 of 3, unless they buy or reply');
    // Listing again plans nothing twice.
    expect(await everything()).toHaveLength(3);
    const next = await call('outbox.next', { contactId: ana });
    expect(next?.step).toBe(1);
  });

  it('cancels messages 2 and 3 when an order arrives at T+30 h', async () => {
    const ana = await person('Ana');
    event(ana, 'abandoned_cart', T, { reference: 'C1' });
    const [first] = await everything();
    sendByHand(first!.id, T + 24 * HOUR);
    now = T + 30 * HOUR;
    event(ana, 'order', T + 30 * HOUR);
    now = T + 31 * HOUR;
    const rows = await everything();
    expect(rows.map((m) => [m.step, m.state])).toEqual([[1, 'sent'], [2, 'cancelled'], [3, 'cancelled']]);
    expect(rows[1]!.reason).toContain('they ordered');
  });

  it('holds cart 3 with the reason when the promo code is missing, and a message without legal basis', async () => {
    await call('settings.update', { promoCode: '' });
    const ana = await person('Ana');
    const bob = await person('Bob', { consent: null });
    event(ana, 'abandoned_cart', T);
    event(bob, 'abandoned_cart', T);
    await call('outbox.plan', {});
    const attention = (await call('outbox.list', { view: 'attention' })).rows;
    const anaThird = attention.find((m) => m.contact.id === ana);
    expect(anaThird?.step).toBe(3);
    expect(anaThird?.reason).toContain('missing: the promo code');
    expect(attention.filter((m) => m.contact.id === bob).map((m) => m.reason.includes('legal basis'))).toEqual([true, true, true]);
    await expect(call('outbox.approve', { id: anaThird!.id })).rejects.toThrow(/needs attention/);
  });

  it('lets the owner edit one message (kept when re-planned), approve, and skip', async () => {
    const ana = await person('Ana');
    event(ana, 'abandoned_cart', T);
    const [first, second] = await everything();
    const edited = await call('outbox.edit', { id: first!.id, subject: 'Pour vous, Ana', bodyText: 'Un mot rien que pour vous.' });
    expect(edited.isEdited).toBe(true);
    expect((await call('outbox.approve', { id: first!.id })).state).toBe('approved');
    await call('outbox.skip', { id: second!.id });
    const rows = await everything();
    expect(rows.map((m) => [m.step, m.state])).toEqual([[1, 'approved'], [2, 'skipped'], [3, 'scheduled']]);
    expect(rows[0]!.subject).toBe('Pour vous, Ana');
    expect(rows[0]!.bodyHtml).toContain('<p>Un mot rien que pour vous.</p>');
    // The footer the owner left out is put back: identity, postal address, how to stop.
    expect(rows[0]!.bodyText).toMatch(/^Un mot rien que pour vous\.\n\n--\nAtelier Lumière, 3 rue des Lilas, 69001 Lyon\nVous recevez ce message/);
    const again = await call('outbox.edit', { id: first!.id, subject: 'Pour vous, Ana', bodyText: rows[0]!.bodyText });
    expect(again.bodyText).toBe(rows[0]!.bodyText);
  });

  it('offers sms: and WhatsApp links for a contact reached by phone, marked sent by hand', async () => {
    const id = (await call('contacts.create', { firstName: 'Léa', phone: '06 12 34 56 78', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null } })).id;
    event(id, 'abandoned_cart', T);
    const [first] = await everything();
    expect(first!.channel).toBe('sms');
    expect(first!.phoneLinks?.sms).toMatch(/^sms:\+33612345678\?body=Bonjour%20L%C3%A9a/);
    expect(first!.phoneLinks?.whatsapp).toMatch(/^https:\/\/wa\.me\/33612345678\?text=/);
    // Marked sent by hand only once its time has come, like any message.
    await expect(call('outbox.markSent', { id: first!.id })).rejects.toThrow(/not before/);
    now = Date.parse(first!.scheduledAt);
    expect((await call('outbox.markSent', { id: first!.id })).state).toBe('sent');
  });

  it('renders hostile names as text and moves a weekend message into the window', async () => {
    const hostile = ['<img src=x onerror=alert(1)>', '{{promo_code}}', '=HYPERLINK("http://evil.example","x")'];
    for (const name of hostile) event(await person(name), 'abandoned_cart', T - 48 * HOUR);
    const rows = await everything();
    for (const row of rows.filter((m) => m.step === 1)) {
      expect(row.bodyHtml).not.toContain('<img');
      expect(row.bodyText).toContain(row.contact.firstName);
    }
    const sat = await person('Samedi');
    event(sat, 'abandoned_cart', Date.UTC(2026, 2, 7, 10));
    const satFirst = (await everything()).find((m) => m.contact.id === sat && m.step === 1)!;
    expect(satFirst.scheduledAt).toBe('2026-03-09T08:00:00.000Z');
    expect(satFirst.reason).toContain('send window');
  });
});

describe('review requests and reactivation', () => {
  it('asks for a review 5 days after delivery, and holds it during an open complaint', async () => {
    const ana = await person('Ana');
    const bob = await person('Bob');
    event(ana, 'delivery', T, { reference: 'O1' });
    event(bob, 'delivery', T, { reference: 'O2' });
    expect((await call('contacts.setComplaint', { id: bob, isOpen: true })).complaintOpenSince).toBe(new Date(now).toISOString());
    const rows = await everything();
    const review = rows.find((m) => m.contact.id === ana)!;
    expect([review.program, review.step, review.scheduledAt]).toEqual(['review-request', 1, new Date(T + 5 * 24 * HOUR).toISOString()]);
    expect(review.bodyText).toContain('https://search.google.com/local/writereview?placeid=ChIJ-example');
    expect(rows.find((m) => m.contact.id === bob)!.state).toBe('needs-attention');
    await call('contacts.setComplaint', { id: bob, isOpen: false });
    expect((await everything()).find((m) => m.contact.id === bob)!.state).toBe('scheduled');
  });

  it('starts a reactivation campaign on a segment, once per contact', async () => {
    const ana = await person('Ana');
    event(ana, 'order', T - 300 * 24 * HOUR);
    const first = await call('reactivation.start', { segmentId: 'lapsed-customers' });
    expect(first).toEqual({ planned: 1, deferred: 0, skipped: 0 });
    await call('reactivation.start', { segmentId: 'lapsed-customers' });
    const rows = (await everything()).filter((m) => m.program === 'reactivation');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.subject).toBe('Cela vous intéresse toujours ?');
  });

  it('runs by itself every N months when the owner chose a rhythm', async () => {
    const ana = await person('Ana');
    event(ana, 'order', T - 300 * 24 * HOUR);
    expect((await everything()).filter((m) => m.program === 'reactivation')).toHaveLength(0);
    const settings = await call('settings.get', {});
    await call('settings.update', { reactivation: { ...settings.reactivation, autoEveryMonths: 6, autoSegmentIds: ['lapsed-customers', 'no-such-segment'] } });
    const first = (await everything()).filter((m) => m.program === 'reactivation');
    expect(first.map((m) => m.contact.id)).toEqual([ana]);
    // Sent, then four months on: not due again yet; seven months on: due, but the caps hold it.
    sendByHand(first[0]!.id, now);
    now += 120 * 24 * HOUR;
    expect((await everything()).filter((m) => m.program === 'reactivation' && m.state !== 'sent')).toHaveLength(0);
    now += 90 * 24 * HOUR;
    const later = (await everything()).filter((m) => m.program === 'reactivation' && m.state !== 'sent');
    expect(later).toHaveLength(1);
    expect(later[0]!.state).toBe('scheduled');
  });
});

describe('templates', () => {
  it('edits, previews in both languages for a real contact, and resets', async () => {
    const ana = await person('Ana');
    const updated = await call('templates.update', { program: 'reactivation', step: 1, language: 'en', subject: 'Hi {{first_name}}', body: 'Still into {{interest|lamps}}?' });
    expect(updated).toMatchObject({ isEdited: true, fields: ['first_name', 'interest'], requiredFields: ['first_name'] });
    const preview = await call('templates.preview', { program: 'reactivation', step: 1, contactId: ana });
    expect(preview.en).toMatchObject({ ok: true, subject: 'Hi Ana' });
    expect(preview.fr).toMatchObject({ ok: true, subject: 'Cela vous intéresse toujours ?' });
    expect((await call('templates.reset', { program: 'reactivation', step: 1, language: 'en' })).isEdited).toBe(false);
    expect((await call('templates.list', {})).length).toBe(26);
  });
});
