import { describe, expect, it } from 'vitest';
import { refreshOutbox } from '../outbox/refresh-outbox';
import { callThrough, useTempCore } from '../test-support/temp-core';

// The 3-year rule as an owner meets it (docs/practice.md): people imported with a creation date
// ("Created At", "customer since") more than 3 years old and no real contact since get only the
// re-permission message; once it went unanswered nothing more is planned, and Home's
// "re-permission unanswered" segment points at them for erasure. Real core, real SQLite file.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-03-09, 10:00 in Paris: inside the default window.
const T = Date.UTC(2026, 2, 9, 9);
let now = T;
const clock = { now: () => new Date(now) };
const iso = (ms: number) => new Date(ms).toISOString();

const boot = useTempCore('three-year-rule', clock);
const call = callThrough(boot);
const sqlite = () => boot().database.sqlite;
const ctx = () => ({ db: boot().database.db, clock });
const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

const importCsv = async (fileName: string, lines: string[]) => {
  const staged = boot().stageFile(fileName, new TextEncoder().encode(lines.join('\r\n')));
  const result = await boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
  expect(result.commit).toBeTruthy();
  return (await call('imports.list', {}))[0]!;
};
const idOf = async (email: string) => (await call('contacts.list', { search: email })).rows[0]!.id;
const createdAt = async (email: string) => (await call('contacts.get', { id: await idOf(email) })).createdAt;
type Row = { id: string; program: string; step: number; state: string; reason: string };
const messagesOf = (contactId: string): Row[] =>
  sqlite().prepare('SELECT id, program, step, state, reason FROM outbox WHERE contact_id = ? ORDER BY program, step').all(contactId) as Row[];
const members = async (segment: string) => (await call('segments.contacts', { id: segment })).rows.map((c) => c.firstName).sort();

const FILE = [
  'Email,First Name,Kind,Created At,Newsletter',
  'paula@prospect.fr,Paula,prospect,2022-03-01,yes',
  'carl@client.fr,Carl,customer,2021-01-15,yes',
  'rita@prospect.fr,Rita,prospect,2024-06-01,yes',
  'nina@prospect.fr,Nina,prospect,,yes',
];

describe('imported creation dates', () => {
  it('keeps a file’s creation date for new contacts, and moves an existing one’s only earlier', async () => {
    now = T;
    await call('settings.update', { business });
    const { id: eve } = await call('contacts.create', { firstName: 'Eve', email: 'eve@client.fr' });
    await importCsv('crm.csv', [...FILE, 'eve@client.fr,Eve,customer,2022-01-10,yes']);
    // A date without a time is read at noon in the owner's zone (Europe/Paris by default).
    expect(await createdAt('paula@prospect.fr')).toBe('2022-03-01T11:00:00.000Z');
    expect(await createdAt('carl@client.fr')).toBe('2021-01-15T11:00:00.000Z');
    expect(await createdAt('nina@prospect.fr')).toBe(iso(T));
    expect((await call('contacts.get', { id: eve })).createdAt).toBe('2022-01-10T11:00:00.000Z');

    // A later date, or one after the import itself, never moves it.
    now = T + DAY;
    await importCsv('later.csv', ['Email,Customer since', 'eve@client.fr,2025-05-05', 'nina@prospect.fr,2027-01-01']);
    expect((await call('contacts.get', { id: eve })).createdAt).toBe('2022-01-10T11:00:00.000Z');
    expect(await createdAt('nina@prospect.fr')).toBe(iso(T));

    // Undoing the import that moved it gives the contact their own date back.
    const first = (await call('imports.list', {})).find((i) => i.fileName === 'crm.csv')!;
    await call('imports.undo', { id: first.id });
    expect((await call('contacts.get', { id: eve })).createdAt).toBe(iso(T));
  });
});

describe('beyond 3 years without real contact', () => {
  it('a prospect and a lapsed customer get only the re-permission message, then nothing more', async () => {
    now = T;
    await call('settings.update', { business, promoCode: 'LIVRAISON', googlePlaceId: 'ChIJ-example' });
    await importCsv('crm.csv', FILE);
    const [paula, carl, rita] = [await idOf('paula@prospect.fr'), await idOf('carl@client.fr'), await idOf('rita@prospect.fr')];
    // Carl last ordered four years ago, and left a cart an hour ago.
    await call('events.log', { type: 'order', contactId: carl, occurredAt: iso(Date.UTC(2022, 1, 1)), amount: '80', currency: 'EUR', reference: '#12', items: 'Lampe' });
    await call('events.log', { type: 'abandoned_cart', contactId: carl, occurredAt: iso(now - HOUR), amount: '60', currency: 'EUR', items: 'Lampe Alba', link: 'https://shop.example.com/c/1' });
    // …and a parcel of theirs was delivered six days ago (the order went unrecorded).
    await call('events.log', { type: 'delivery', contactId: carl, occurredAt: iso(now - 6 * DAY), reference: '#40' });
    expect(await members('beyond-3-years')).toEqual(['Carl', 'Paula']);

    await call('reactivation.start', { segmentId: 'beyond-3-years' });
    await call('reactivation.start', { segmentId: 'silent-prospects' });
    refreshOutbox(ctx());

    expect(messagesOf(paula)).toEqual([
      expect.objectContaining({ program: 'reactivation', step: 2, state: 'scheduled', reason: 're-permission: no real contact since 2022-03-01, more than 3 years ago; the only message they can get' }),
    ]);
    const carls = messagesOf(carl);
    expect(carls.filter((m) => m.program === 'reactivation')).toEqual([
      expect.objectContaining({ step: 2, state: 'scheduled', reason: expect.stringContaining('re-permission: no real contact since 2022-02-01') }),
    ]);
    // The cart messages wait, visibly, with the reason: nothing but re-permission may go.
    const carts = carls.filter((m) => m.program === 'cart-recovery' || m.program === 'review-request');
    expect(carts.map((m) => m.program)).toEqual(['cart-recovery', 'cart-recovery', 'cart-recovery', 'review-request']);
    for (const cart of carts) {
      expect(cart.state).toBe('needs-attention');
      expect(cart.reason).toContain('no real contact since 2022-02-01, more than 3 years ago: only the re-permission message may go');
    }
    // Rita came two years ago: the ordinary reactivation question.
    expect(messagesOf(rita)).toEqual([expect.objectContaining({ program: 'reactivation', step: 1, state: 'scheduled' })]);

    // Both re-permission messages go; Carl answers, Paula does not.
    for (const id of [paula, carl]) {
      const step2 = messagesOf(id).find((m) => m.step === 2)!;
      sqlite().prepare("UPDATE outbox SET state = 'sent', sent_at = ? WHERE id = ?").run(now, step2.id);
    }
    now = T + 3 * DAY;
    await call('events.log', { type: 'reply', contactId: carl, occurredAt: iso(now) });

    // Weeks later: a new campaign and the planner find nothing more to send Paula.
    now = T + 20 * DAY;
    await call('reactivation.start', { segmentId: 'beyond-3-years' });
    await call('reactivation.start', { segmentId: 'silent-prospects' });
    refreshOutbox(ctx());
    expect(messagesOf(paula)).toEqual([expect.objectContaining({ program: 'reactivation', step: 2, state: 'sent' })]);
    expect(await members('repermission-unanswered')).toEqual([]);

    now = T + 31 * DAY;
    await call('reactivation.start', { segmentId: 'beyond-3-years' });
    refreshOutbox(ctx());
    expect(messagesOf(paula)).toHaveLength(1);
    expect(await members('repermission-unanswered')).toEqual(['Paula']);
    const card = (await call('segments.list', {})).find((s) => s.id === 'repermission-unanswered')!;
    expect(card).toMatchObject({ count: 1, params: { days: 30 }, description: expect.stringContaining('consider erasing them') });
  });

  it('a person with a recent real contact keeps the ordinary programs', async () => {
    now = T;
    await call('settings.update', { business, promoCode: 'LIVRAISON' });
    await importCsv('crm.csv', FILE);
    const paula = await idOf('paula@prospect.fr');
    await call('events.log', { type: 'call', contactId: paula, occurredAt: iso(T - 200 * DAY) });
    await call('events.log', { type: 'abandoned_cart', contactId: paula, occurredAt: iso(now - HOUR), amount: '60', currency: 'EUR', items: 'Lampe Alba', link: 'https://shop.example.com/c/2' });
    refreshOutbox(ctx());
    const carts = messagesOf(paula).filter((m) => m.program === 'cart-recovery');
    expect(carts.map((m) => m.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(await members('beyond-3-years')).toEqual(['Carl']);
  });
});
