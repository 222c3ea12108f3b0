import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Contact, type MethodInput, type PushEvent } from '../../api';
import { bootCore, type Booted } from '../boot';
import { DomainError } from '../errors';
import { callThrough, domainErrorOf } from '../test-support/temp-core';

const NOW = Date.parse('2026-03-15T12:00:00Z');
const DAY = 86_400_000;

let dir: string;
let now: number;
let booted: Booted;
let events: PushEvent[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-timeline-'));
  now = NOW;
  events = [];
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock: { now: () => new Date(now) } });
  booted.events.subscribe((event) => event.type !== 'outbox.changed' && events.push(event));
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = callThrough(() => booted);

const rulesOf = (error: DomainError) => error.issues?.map((issue) => [issue.path, issue.rule]);

const person = (firstName = 'Anne'): Promise<Contact> => call('contacts.create', { firstName, lastName: 'Moreau' });
const iso = (ms: number) => new Date(ms).toISOString();
const types = async (contactId: string) => (await call('timeline.list', { contactId })).rows.map((e) => e.type);

describe('logging an event', () => {
  it('stores a call at the current time when no date is given, as a manual event', async () => {
    const anne = await person();
    const logged = await call('events.log', { type: 'call', contactId: anne.id, note: '  Asked about the guarantee. ' });
    expect(logged).toMatchObject({
      contactId: anne.id,
      type: 'call',
      occurredAt: iso(NOW),
      note: 'Asked about the guarantee.',
      amountMinor: null,
      currency: null,
      source: 'manual',
      importFileName: null,
    });
    expect(events.at(-1)).toEqual({ type: 'contacts.changed', ids: [anne.id] });
  });

  it('reads amounts as people type them into minor units of the currency', async () => {
    const anne = await person();
    const cases: [string, string | null, number, string][] = [
      ['12,50', 'EUR', 1250, 'EUR'],
      ['1 234.5', 'eur', 123450, 'EUR'],
      ['25', null, 2500, 'EUR'],
      ['€ 7,5', null, 750, 'EUR'],
      ['1200', 'JPY', 1200, 'JPY'],
      ['£9.99', null, 999, 'GBP'],
    ];
    for (const [amount, currency, minor, code] of cases) {
      const logged = await call('events.log', { type: 'donation', contactId: anne.id, amount, currency });
      expect([amount, logged.amountMinor, logged.currency]).toEqual([amount, minor, code]);
    }
  });

  it('uses the contact’s usual currency when none is typed', async () => {
    const anne = await person();
    await call('events.log', { type: 'order', contactId: anne.id, amount: '10', currency: 'GBP', occurredAt: iso(NOW - DAY) });
    expect((await call('events.log', { type: 'donation', contactId: anne.id, amount: '5' })).currency).toBe('GBP');
  });

  it('keeps an abandoned cart’s items, value and checkout link', async () => {
    const anne = await person();
    const cart = await call('events.log', {
      type: 'abandoned_cart',
      contactId: anne.id,
      items: '2 × Stoneware mug; Linen apron',
      amount: '59.80',
      currency: 'EUR',
      link: 'https://shop.example/cart/abc?x=1',
    });
    expect(cart).toMatchObject({
      items: [
        { name: 'Stoneware mug', quantity: 2 },
        { name: 'Linen apron', quantity: 1 },
      ],
      amountMinor: 5980,
      currency: 'EUR',
      link: 'https://shop.example/cart/abc?x=1',
    });
  });

  it('accepts a date in the past and a few hours ahead, refuses one far in the future', async () => {
    const anne = await person();
    const past = await call('events.log', { type: 'meeting', contactId: anne.id, occurredAt: '2019-06-01T09:30:00.000Z' });
    expect(past.occurredAt).toBe('2019-06-01T09:30:00.000Z');
    await call('events.log', { type: 'call', contactId: anne.id, occurredAt: iso(NOW + 6 * 3_600_000) });
    const error = await domainErrorOf(() => call('events.log', { type: 'call', contactId: anne.id, occurredAt: '2062-03-15T12:00:00.000Z' }));
    expect(error.code).toBe('VALIDATION');
    expect(rulesOf(error)).toEqual([['occurredAt', 'log.future']]);
    expect(error.message).toMatch(/future/);
    expect(rulesOf(await domainErrorOf(() => call('events.log', { type: 'call', contactId: anne.id, occurredAt: '1850-01-01T00:00:00.000Z' })))).toEqual([
      ['occurredAt', 'log.tooOld'],
    ]);
  });

  it('reports every problem of the form at once, each on its field, and saves nothing', async () => {
    const anne = await person();
    events = [];
    const error = await domainErrorOf(() =>
      call('events.log', { type: 'abandoned_cart', contactId: anne.id, amount: 'twelve', currency: 'XYZ', link: 'javascript:alert(1)', occurredAt: '2099-01-01T00:00:00Z' }),
    );
    expect(rulesOf(error)).toEqual([
      ['occurredAt', 'log.future'],
      ['currency', 'log.currency.invalid'],
      ['amount', 'log.amount.invalid'],
      ['link', 'log.link.invalid'],
    ]);
    expect(await types(anne.id)).toEqual([]);
    expect(events).toEqual([]);
  });

  it('needs an amount above zero for a donation and a refund, and text for a note', async () => {
    const anne = await person();
    expect(rulesOf(await domainErrorOf(() => call('events.log', { type: 'donation', contactId: anne.id })))).toEqual([['amount', 'log.amount.required']]);
    expect(rulesOf(await domainErrorOf(() => call('events.log', { type: 'refund', contactId: anne.id, amount: '0' })))).toEqual([['amount', 'log.amount.positive']]);
    expect(rulesOf(await domainErrorOf(() => call('events.log', { type: 'order', contactId: anne.id, amount: '-5' })))).toEqual([['amount', 'log.amount.positive']]);
    expect(rulesOf(await domainErrorOf(() => call('events.log', { type: 'note', contactId: anne.id, note: '   ' })))).toEqual([['note', 'log.note.required']]);
    // An order without an amount is fine: the owner may not know it.
    expect((await call('events.log', { type: 'order', contactId: anne.id, reference: '#1042' })).reference).toBe('#1042');
  });

  it('refuses a type the contract does not know and fields of another type', () => {
    expect(contract['events.log'].input.safeParse({ type: 'sms', contactId: 'x' }).success).toBe(false);
    const parsed = contract['events.log'].input.parse({ type: 'call', contactId: 'x', amount: '12' });
    expect(parsed).not.toHaveProperty('amount');
  });

  it('says not found for a contact that does not exist', async () => {
    expect((await domainErrorOf(() => call('events.log', { type: 'call', contactId: 'missing' }))).code).toBe('NOT_FOUND');
    expect((await domainErrorOf(() => call('timeline.list', { contactId: 'missing' }))).code).toBe('NOT_FOUND');
  });
});

describe('the timeline', () => {
  it('lists events newest first, same-moment events in the order they were logged, a page at a time', async () => {
    const anne = await person();
    await call('events.log', { type: 'order', contactId: anne.id, amount: '40', occurredAt: iso(NOW - 10 * DAY) });
    await call('events.log', { type: 'call', contactId: anne.id, occurredAt: iso(NOW - 2 * DAY) });
    await call('events.log', { type: 'note', contactId: anne.id, note: 'first', occurredAt: iso(NOW - 5 * DAY) });
    now += 1_000;
    await call('events.log', { type: 'note', contactId: anne.id, note: 'second', occurredAt: iso(NOW - 5 * DAY) });
    const page = await call('timeline.list', { contactId: anne.id });
    expect(page.total).toBe(4);
    expect(page.rows.map((e) => e.note || e.type)).toEqual(['call', 'second', 'first', 'order']);
    const second = await call('timeline.list', { contactId: anne.id, offset: 2, limit: 1 });
    expect(second).toMatchObject({ total: 4, offset: 2 });
    expect(second.rows.map((e) => e.note)).toEqual(['first']);
  });

  it('names the file an imported event came from, and only manual events can be deleted', async () => {
    const csv = ['Email,First name,Type,Date,Amount,Currency,Reference', 'anne@example.com,Anne,order,2026-02-01,"59,90",EUR,#77'].join('\r\n');
    const staged = booted.stageFile('shop-orders.csv', new TextEncoder().encode(csv));
    const mapping = { columns: ['email', 'firstName', 'event.type', 'event.date', 'event.amount', 'event.currency', 'event.reference'], defaultKind: null, defaultEventType: null } as const;
    await booted.imports.runNow({ fileId: staged.fileId, mapping: { ...mapping, columns: [...mapping.columns] }, mode: 'update', country: 'FR' }, false);
    const anne = (await call('contacts.list', { search: 'anne' })).rows[0]!;
    const manual = await call('events.log', { type: 'call', contactId: anne.id });

    const [call1, order] = (await call('timeline.list', { contactId: anne.id })).rows;
    expect(call1!.id).toBe(manual.id);
    expect(order).toMatchObject({ type: 'order', amountMinor: 5990, currency: 'EUR', reference: '#77', source: 'import', importFileName: 'shop-orders.csv' });

    const refused = await domainErrorOf(() => call('events.delete', { id: order!.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.issues?.[0]).toMatchObject({ rule: 'log.delete.imported', params: { file: 'shop-orders.csv' } });

    events = [];
    expect(await call('events.delete', { id: manual.id })).toEqual({ id: manual.id, contactId: anne.id });
    expect(events).toEqual([{ type: 'contacts.changed', ids: [anne.id] }]);
    expect(await types(anne.id)).toEqual(['order']);
    expect((await domainErrorOf(() => call('events.delete', { id: manual.id }))).code).toBe('NOT_FOUND');
  });

  it('goes with the contact when the contact is deleted', async () => {
    const anne = await person();
    await call('events.log', { type: 'call', contactId: anne.id });
    await call('contacts.delete', { id: anne.id });
    expect(booted.database.sqlite.prepare('SELECT count(*) AS n FROM contact_events').get()).toEqual({ n: 0 });
  });
});

describe('a stalled prospect', () => {
  it('becomes a prospect stalled since the last exchange given, with their interest and that exchange on the timeline', async () => {
    const anne = await person();
    events = [];
    const lastExchangeAt = iso(NOW - 40 * DAY);
    const { contact, event } = await call('prospects.logStalled', { contactId: anne.id, interest: ' Pottery workshop ', lastExchangeAt, note: 'Wanted a date in spring.' });
    expect(contact).toMatchObject({ kind: 'prospect', prospectStatus: 'stalled', statusSince: lastExchangeAt, interest: 'Pottery workshop' });
    expect(contact.figures.lastContactAt).toBe(lastExchangeAt);
    expect(event).toMatchObject({ type: 'exchange', occurredAt: lastExchangeAt, note: 'Wanted a date in spring.', source: 'manual' });
    expect(events).toEqual([{ type: 'contacts.changed', ids: [anne.id] }]);

    // An older exchange logged afterwards does not move the date back; an empty interest keeps the old one.
    const older = await call('prospects.logStalled', { contactId: anne.id, interest: '', lastExchangeAt: iso(NOW - 90 * DAY) });
    expect(older.contact).toMatchObject({ prospectStatus: 'stalled', statusSince: lastExchangeAt, interest: 'Pottery workshop' });

    // Logged again later without a date: the exchange is now, and so is "stalled since".
    now += 10 * DAY;
    const again = await call('prospects.logStalled', { contactId: anne.id, interest: '' });
    expect(again.contact).toMatchObject({ prospectStatus: 'stalled', statusSince: iso(now) });
    expect(again.event.occurredAt).toBe(iso(now));
  });

  it('refuses a last exchange in the far future on its own field', async () => {
    const anne = await person();
    const error = await domainErrorOf(() => call('prospects.logStalled', { contactId: anne.id, lastExchangeAt: '2090-01-01T00:00:00Z' }));
    expect(rulesOf(error)).toEqual([['lastExchangeAt', 'log.future']]);
    expect((await call('contacts.get', { id: anne.id })).prospectStatus).toBeNull();
  });
});

describe('prospect status on the contact', () => {
  it('is dated when it changes and keeps its date when other fields change', async () => {
    const created = await call('contacts.create', { firstName: 'Paul', kind: 'prospect', prospectStatus: 'new', interest: 'Website' });
    expect(created).toMatchObject({ prospectStatus: 'new', statusSince: iso(NOW), interest: 'Website' });
    now += DAY;
    const renamed = await call('contacts.update', { id: created.id, patch: { lastName: 'Roux' } });
    expect(renamed.statusSince).toBe(iso(NOW));
    now += DAY;
    const moved = await call('contacts.update', { id: created.id, patch: { prospectStatus: 'in-discussion' } });
    expect(moved).toMatchObject({ prospectStatus: 'in-discussion', statusSince: iso(now) });
    const cleared = await call('contacts.update', { id: created.id, patch: { prospectStatus: null } });
    expect(cleared).toMatchObject({ prospectStatus: null, statusSince: null });
  });
});

describe('figures', () => {
  const figuresOf = async (id: string) => (await call('contacts.get', { id })).figures;

  it('has last order, last donation, last real contact, lifetime value and gifts per giving year', async () => {
    await call('settings.update', { fiscalYearStartMonth: 7 });
    const anne = await person();
    const log = (input: Record<string, string>) => call('events.log', { ...input, contactId: anne.id } as MethodInput<'events.log'>);
    // Giving year July to June: this year from 2025-07-01, last year from 2024-07-01.
    await log({ type: 'donation', amount: '50', currency: 'EUR', occurredAt: '2025-08-01T10:00:00Z', reference: 'D1' });
    await log({ type: 'donation', amount: '20', currency: 'EUR', occurredAt: '2025-06-30T10:00:00Z', reference: 'D2' });
    await log({ type: 'donation', amount: '30', currency: 'EUR', occurredAt: '2024-07-01T00:00:00Z', reference: 'D3' });
    await log({ type: 'donation', amount: '15', currency: 'EUR', occurredAt: '2026-01-10T10:00:00Z', reference: 'D4' });
    await log({ type: 'refund', amount: '15', currency: 'EUR', occurredAt: '2026-01-12T10:00:00Z', reference: 'D4' });
    await log({ type: 'order', amount: '100', currency: 'EUR', occurredAt: '2025-12-01T10:00:00Z' });
    await log({ type: 'note', note: 'Not a real contact', occurredAt: '2026-03-01T10:00:00Z' });
    expect(await figuresOf(anne.id)).toEqual({
      lastContactAt: '2026-01-10T10:00:00.000Z',
      lastOrderAt: '2025-12-01T10:00:00.000Z',
      // D4 was refunded: it was a real contact, but not giving.
      lastDonationAt: '2025-08-01T10:00:00.000Z',
      givenThisYearMinor: 5000,
      givenLastYearMinor: 5000,
      lifetimeMinor: 20000,
      openCartAt: null,
      openCartMinor: null,
      currency: 'EUR',
    });
  });

  it('shows the latest open cart until an order follows it', async () => {
    const anne = await person();
    await call('events.log', { type: 'abandoned_cart', contactId: anne.id, amount: '80', currency: 'EUR', occurredAt: iso(NOW - 3 * DAY) });
    expect(await figuresOf(anne.id)).toMatchObject({ openCartAt: iso(NOW - 3 * DAY), openCartMinor: 8000 });
    await call('events.log', { type: 'order', contactId: anne.id, amount: '80', currency: 'EUR', occurredAt: iso(NOW - DAY) });
    expect(await figuresOf(anne.id)).toMatchObject({ openCartAt: null, openCartMinor: null });
  });

  it('sorts the list by a figure, people without one last in both directions', async () => {
    const ids: Record<string, string> = {};
    for (const [name, amount] of [['Big', '300'], ['None', null], ['Small', '10'], ['Mid', '50']] as const) {
      ids[name] = (await person(name)).id;
      if (amount) await call('events.log', { type: 'order', contactId: ids[name]!, amount, currency: 'EUR', occurredAt: iso(NOW - Number(amount) * 3_600_000) });
    }
    const names = async (sort: 'lifetimeValue' | 'lastOrderAt', direction: 'asc' | 'desc') =>
      (await call('contacts.list', { sort, direction })).rows.map((c) => c.firstName);
    expect(await names('lifetimeValue', 'desc')).toEqual(['Big', 'Mid', 'Small', 'None']);
    expect(await names('lifetimeValue', 'asc')).toEqual(['None', 'Small', 'Mid', 'Big']);
    expect(await names('lastOrderAt', 'desc')).toEqual(['Small', 'Mid', 'Big', 'None']);
    expect(await names('lastOrderAt', 'asc')).toEqual(['Big', 'Mid', 'Small', 'None']);
    const page = await call('contacts.list', { sort: 'name' });
    expect(page.rows.find((c) => c.firstName === 'Mid')?.figures).toMatchObject({ lifetimeMinor: 5000, currency: 'EUR' });
  });
});
