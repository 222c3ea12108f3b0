import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { contract, type CustomCondition, type CustomFilter, type MethodInput, type MethodName } from '../../api';
import { getSettings } from '../settings/settings-store';
import { compileFilter } from './custom-filter-sql';
import { previewSegment } from './segment-counts';
import { seeder } from './test-support/seed-rows';
import { useTempCore } from '../test-support/temp-core';

const NOW = Date.parse('2026-03-15T12:00:00Z');
const clock = { now: () => new Date(NOW) };
const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

const core = useTempCore('custom-segments', clock);
const { person, event } = seeder(core, NOW);

// Calls a method the way a host does: the contract parses the input first.
const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
  const handler = core().handlers[method] as (input: unknown) => unknown;
  return handler(contract[method].input.parse(input));
};

// Names of the contacts matching all conditions, checked against the preview count.
const matching = (...conditions: CustomCondition[]): string[] => {
  const filter = contract['segments.preview'].input.parse({ filter: { conditions } }).filter;
  const where = compileFilter(filter, { now: NOW, fiscalYearStartMonth: getSettings({ db: core().database.db }).fiscalYearStartMonth });
  const names = core().database.db.all<{ name: string }>(sql`SELECT c.first_name AS name FROM contacts c WHERE ${where} ORDER BY c.sort_name`).map((r) => r.name);
  expect(previewSegment({ db: core().database.db, clock }, { filter }).count).toBe(names.length);
  return names;
};

describe('contact fields', () => {
  it('kind is / is not', () => {
    person('Cus', { kind: 'customer' });
    person('Don', { kind: 'donor' });
    person('Pro', { kind: 'prospect' });
    expect(matching({ field: 'kind', op: 'is', value: 'donor' })).toEqual(['Don']);
    expect(matching({ field: 'kind', op: 'isNot', value: 'donor' })).toEqual(['Cus', 'Pro']);
  });

  it('tags match whatever their case, and a tag full of SQL is only text', () => {
    const hostile = "x'); DELETE FROM contacts; --";
    person('Vip', { tags: ['VIP', 'Newsletter'] });
    person('Lower', { tags: ['vip'] });
    person('Hostile', { tags: [hostile] });
    person('None');
    expect(matching({ field: 'tag', op: 'has', value: 'vip' })).toEqual(['Lower', 'Vip']);
    expect(matching({ field: 'tag', op: 'hasNot', value: 'VIP' })).toEqual(['Hostile', 'None']);
    expect(matching({ field: 'tag', op: 'has', value: hostile })).toEqual(['Hostile']);
    expect(matching({ field: 'tag', op: 'has', value: '%' })).toEqual([]);
    expect(core().database.sqlite.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 4 });
  });

  it('country and language: "is not" keeps people with none', () => {
    person('Fr', { country: 'FR', language: 'fr' });
    person('Be', { country: 'BE', language: 'nl' });
    person('Unknown');
    expect(matching({ field: 'country', op: 'is', value: 'FR' })).toEqual(['Fr']);
    expect(matching({ field: 'country', op: 'isNot', value: 'FR' })).toEqual(['Be', 'Unknown']);
    expect(matching({ field: 'language', op: 'is', value: 'nl' })).toEqual(['Be']);
    expect(matching({ field: 'language', op: 'isNot', value: 'nl' })).toEqual(['Fr', 'Unknown']);
  });

  it('legal basis, none, and unsubscribed', () => {
    person('Consented', { consent: 'consent' });
    person('Soft', { consent: 'soft-opt-in', unsubscribedAt: NOW - DAY });
    person('NoBasis');
    expect(matching({ field: 'consent', op: 'is', value: 'consent' })).toEqual(['Consented']);
    expect(matching({ field: 'consent', op: 'isNot', value: 'consent' })).toEqual(['NoBasis', 'Soft']);
    expect(matching({ field: 'consent', op: 'is', value: 'none' })).toEqual(['NoBasis']);
    expect(matching({ field: 'consent', op: 'isNot', value: 'none' })).toEqual(['Consented', 'Soft']);
    expect(matching({ field: 'unsubscribed', op: 'yes' })).toEqual(['Soft']);
    expect(matching({ field: 'unsubscribed', op: 'no' })).toEqual(['Consented', 'NoBasis']);
  });

  it('added in the last N days includes the far edge; more than N days ago is its complement', () => {
    person('Exactly30', { createdAt: NOW - 30 * DAY });
    person('Older', { createdAt: NOW - 30 * DAY - 1 });
    person('Today', { createdAt: NOW });
    expect(matching({ field: 'createdAt', op: 'inLast', amount: 30, unit: 'days' })).toEqual(['Exactly30', 'Today']);
    expect(matching({ field: 'createdAt', op: 'moreThan', amount: 30, unit: 'days' })).toEqual(['Older']);
    // 2026-03-15 minus 1 month is 2026-02-15, same time of day.
    person('MonthEdge', { createdAt: at('2026-02-15T12:00:00Z') });
    expect(matching({ field: 'createdAt', op: 'moreThan', amount: 1, unit: 'months' })).toEqual(['Exactly30', 'Older']);
  });
});

describe('amounts and counts', () => {
  beforeEach(() => {
    const big = person('Big');
    event(big, 'order', at('2024-05-01T00:00:00Z'), { reference: 'O1', amountMinor: 8_000, currency: 'EUR' });
    event(big, 'donation', at('2025-05-01T00:00:00Z'), { reference: 'D1', amountMinor: 2_000, currency: 'EUR' });
    const refunded = person('Refunded');
    event(refunded, 'order', at('2025-01-01T00:00:00Z'), { reference: 'O2', amountMinor: 15_000, currency: 'EUR' });
    event(refunded, 'refund', at('2025-01-05T00:00:00Z'), { reference: 'O2', amountMinor: 15_000, currency: 'EUR' });
    person('Nothing');
  });

  it('lifetime value: at least and at most both include the amount itself; refunds are subtracted', () => {
    expect(matching({ field: 'lifetimeValue', op: 'atLeast', value: 10_000 })).toEqual(['Big']);
    expect(matching({ field: 'lifetimeValue', op: 'atLeast', value: 10_001 })).toEqual([]);
    expect(matching({ field: 'lifetimeValue', op: 'atMost', value: 9_999 })).toEqual(['Nothing', 'Refunded']);
    expect(matching({ field: 'lifetimeValue', op: 'atMost', value: 10_000 })).toEqual(['Big', 'Nothing', 'Refunded']);
  });

  it('given this year follows the owner’s giving year, from its first millisecond', () => {
    const gifts = person('Gifts');
    event(gifts, 'donation', at('2025-12-31T23:59:59.999Z'), { reference: 'G1', amountMinor: 5_000 });
    event(gifts, 'donation', at('2026-01-01T00:00:00Z'), { reference: 'G2', amountMinor: 3_000 });
    event(gifts, 'donation', at('2026-02-01T00:00:00Z'), { reference: 'G3', amountMinor: 9_000 });
    event(gifts, 'refund', at('2026-02-02T00:00:00Z'), { reference: 'G3', amountMinor: 9_000 });
    expect(matching({ field: 'givenThisYear', op: 'atLeast', value: 3_000 })).toEqual(['Gifts']);
    expect(matching({ field: 'givenThisYear', op: 'atLeast', value: 3_001 })).toEqual([]);
    expect(matching({ field: 'givenThisYear', op: 'atMost', value: 0 })).toEqual(['Big', 'Nothing', 'Refunded']);
    // A giving year from July: this one began 2025-07-01, so the Dec 31 gift counts too.
    core().handlers['settings.update']({ fiscalYearStartMonth: 7 });
    expect(matching({ field: 'givenThisYear', op: 'atLeast', value: 8_000 })).toEqual(['Gifts']);
  });

  it('numbers of orders and donations, refunded gifts left out', () => {
    const loyal = person('Loyal');
    for (const month of ['01', '02', '03']) event(loyal, 'order', at(`2025-${month}-10T00:00:00Z`), `L${month}`);
    const gaveBack = person('GaveBack');
    event(gaveBack, 'donation', at('2025-03-01T00:00:00Z'), 'R1');
    event(gaveBack, 'refund', at('2025-03-02T00:00:00Z'), 'R1');
    expect(matching({ field: 'orderCount', op: 'atLeast', value: 3 })).toEqual(['Loyal']);
    expect(matching({ field: 'orderCount', op: 'exactly', value: 1 })).toEqual(['Big', 'Refunded']);
    expect(matching({ field: 'orderCount', op: 'exactly', value: 0 })).toEqual(['GaveBack', 'Nothing']);
    expect(matching({ field: 'orderCount', op: 'atMost', value: 1 })).toEqual(['Big', 'GaveBack', 'Nothing', 'Refunded']);
    expect(matching({ field: 'donationCount', op: 'atLeast', value: 1 })).toEqual(['Big']);
    expect(matching({ field: 'donationCount', op: 'exactly', value: 0 })).toEqual(['GaveBack', 'Loyal', 'Nothing', 'Refunded']);
  });
});

describe('relative dates of the last order, donation and real contact', () => {
  it('last order: in the last 30 days includes day 30, more than 6 months ago excludes month 6, never', () => {
    event(person('Day30'), 'order', NOW - 30 * DAY);
    event(person('Day30Plus'), 'order', NOW - 30 * DAY - 1);
    event(person('SixMonths'), 'order', at('2025-09-15T12:00:00Z'));
    event(person('SixMonthsPlus'), 'order', at('2025-09-15T12:00:00Z') - 1);
    const back = person('CameBack');
    event(back, 'order', at('2020-01-01T00:00:00Z'));
    event(back, 'order', NOW - DAY);
    person('NeverOrdered');
    expect(matching({ field: 'lastOrder', op: 'inLast', amount: 30, unit: 'days' })).toEqual(['CameBack', 'Day30']);
    expect(matching({ field: 'lastOrder', op: 'moreThan', amount: 6, unit: 'months' })).toEqual(['SixMonthsPlus']);
    expect(matching({ field: 'lastOrder', op: 'never' })).toEqual(['NeverOrdered']);
  });

  it('last donation', () => {
    event(person('Recent'), 'donation', NOW - 10 * DAY, 'A');
    event(person('Old'), 'donation', at('2024-01-01T00:00:00Z'), 'B');
    event(person('Buyer'), 'order', NOW - DAY);
    expect(matching({ field: 'lastDonation', op: 'inLast', amount: 30, unit: 'days' })).toEqual(['Recent']);
    expect(matching({ field: 'lastDonation', op: 'moreThan', amount: 12, unit: 'months' })).toEqual(['Old']);
    expect(matching({ field: 'lastDonation', op: 'never' })).toEqual(['Buyer']);
  });

  it('last real contact: sent messages do not count, and "more than" counts from creation when there was none', () => {
    event(person('Called'), 'call', NOW - 5 * DAY);
    event(person('Mailed'), 'message_sent', NOW - DAY);
    person('NewQuiet', { createdAt: NOW - 10 * DAY });
    event(person('OldReply'), 'reply', at('2025-01-01T00:00:00Z'));
    expect(matching({ field: 'lastMeaningful', op: 'inLast', amount: 7, unit: 'days' })).toEqual(['Called']);
    expect(matching({ field: 'lastMeaningful', op: 'moreThan', amount: 6, unit: 'months' })).toEqual(['Mailed', 'OldReply']);
    expect(matching({ field: 'lastMeaningful', op: 'never' })).toEqual(['Mailed', 'NewQuiet']);
  });

  it('every condition must hold', () => {
    const a = person('FrVip', { country: 'FR', tags: ['VIP'] });
    event(a, 'order', at('2025-01-01T00:00:00Z'));
    event(a, 'order', at('2025-02-01T00:00:00Z'));
    event(person('FrVipOneOrder', { country: 'FR', tags: ['VIP'] }), 'order', at('2025-01-01T00:00:00Z'));
    event(person('BeVip', { country: 'BE', tags: ['VIP'] }), 'order', at('2025-01-01T00:00:00Z'));
    expect(
      matching(
        { field: 'country', op: 'is', value: 'FR' },
        { field: 'tag', op: 'has', value: 'vip' },
        { field: 'lastOrder', op: 'moreThan', amount: 6, unit: 'months' },
        { field: 'orderCount', op: 'atLeast', value: 2 },
      ),
    ).toEqual(['FrVip']);
  });
});

describe('saved custom segments through the contract', () => {
  const donors: CustomFilter = { conditions: [{ field: 'kind', op: 'is', value: 'donor' }] };

  it('saves, lists with its count next to the built-in ones, lists its members, renames and deletes', async () => {
    person('Ada', { kind: 'donor' });
    person('Bob', { kind: 'donor' });
    person('Cy');
    const saved = (await call('segments.save', { name: '  Donors  ', filter: donors })) as { id: string; name: string; count: number; kind: string };
    expect(saved).toMatchObject({ name: 'Donors', count: 2, kind: 'custom', rule: 'segment.custom', params: {}, paramLimits: {}, description: 'Contacts who are donors.' });

    const list = (await call('segments.list', {})) as { id: string; kind: string; count: number; filter: unknown }[];
    expect(list.map((s) => s.kind)).toEqual([...Array(8).fill('built-in'), 'custom']);
    expect(list.at(-1)).toMatchObject({ id: saved.id, count: 2, filter: donors });
    for (const summary of list) expect(contract['segments.list'].output.element.parse(summary)).toEqual(summary);

    const page = (await call('segments.contacts', { id: saved.id, sort: 'name', direction: 'desc' })) as { total: number; rows: { firstName: string }[] };
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.firstName)).toEqual(['Bob', 'Ada']);

    const renamed = await call('segments.save', { id: saved.id, name: 'Everyone but donors', filter: { conditions: [{ field: 'kind', op: 'isNot', value: 'donor' }] } });
    expect(renamed).toMatchObject({ id: saved.id, name: 'Everyone but donors', count: 1 });

    expect(await call('segments.delete', { id: saved.id })).toEqual({ id: saved.id });
    await expect(call('segments.contacts', { id: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('segments.delete', { id: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('segments.save', { id: saved.id, name: 'Gone', filter: donors })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps hostile names as text, refuses control characters and a name already taken', async () => {
    const names = ["Robert'); DROP TABLE saved_segments;--", '<img src=x onerror=alert(1)>', '{{name}} ${process.env}', 'Donateurs 💛 ‮fidèles'];
    for (const name of names) await call('segments.save', { name, filter: donors });
    const list = (await call('segments.list', {})) as { name: string; kind: string }[];
    expect(list.filter((s) => s.kind === 'custom').map((s) => s.name)).toEqual(names);

    expect(() => contract['segments.save'].input.parse({ name: 'Two\nlines', filter: donors })).toThrow();
    expect(() => contract['segments.save'].input.parse({ name: '   ', filter: donors })).toThrow();
    expect(() => contract['segments.save'].input.parse({ name: 'x'.repeat(81), filter: donors })).toThrow();
    await expect(call('segments.save', { name: names[1]!.toUpperCase(), filter: donors })).rejects.toMatchObject({
      code: 'CONFLICT',
      issues: [expect.objectContaining({ path: 'name', rule: 'segment.nameTaken' })],
    });
  });

  it('refuses to change or delete a built-in segment, and parameters on a custom one', async () => {
    await expect(call('segments.delete', { id: 'lybunt' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(call('segments.save', { id: 'lybunt', name: 'Mine', filter: donors })).rejects.toMatchObject({ code: 'VALIDATION' });
    const saved = (await call('segments.save', { name: 'Donors', filter: donors })) as { id: string };
    await expect(call('segments.contacts', { id: saved.id, params: { days: 3 } })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('the contract refuses anything that is not one of the known conditions with a valid value', () => {
    const refused: unknown[] = [
      { conditions: [] },
      { conditions: Array.from({ length: 21 }, () => ({ field: 'kind', op: 'is', value: 'donor' })) },
      { conditions: [{ field: 'raw', op: 'is', value: '1=1' }] },
      { conditions: [{ field: 'kind', op: 'is', value: "donor' OR '1'='1" }] },
      { conditions: [{ field: 'kind', op: 'like', value: 'donor' }] },
      { conditions: [{ field: 'kind', op: 'is', value: 'donor', sql: '1=1' }] },
      { conditions: [{ field: 'country', op: 'is', value: 'fr' }] },
      { conditions: [{ field: 'language', op: 'is', value: 'FR' }] },
      { conditions: [{ field: 'lifetimeValue', op: 'atLeast', value: -1 }] },
      { conditions: [{ field: 'lifetimeValue', op: 'atLeast', value: 1.5 }] },
      { conditions: [{ field: 'orderCount', op: 'atLeast', value: '3' }] },
      { conditions: [{ field: 'lastOrder', op: 'inLast', amount: 0, unit: 'days' }] },
      { conditions: [{ field: 'lastOrder', op: 'inLast', amount: 3651, unit: 'days' }] },
      { conditions: [{ field: 'lastOrder', op: 'inLast', amount: 3, unit: 'weeks' }] },
      { conditions: [{ field: 'lastOrder', op: 'never', amount: 3, unit: 'days' }] },
      { conditions: [{ field: 'createdAt', op: 'never' }] },
      { conditions: [{ field: 'tag', op: 'has', value: ' ' }] },
      { conditions: [{ field: 'tag', op: 'has', value: 'a\u0000b' }] },
      { conditions: [{ field: 'tag', op: 'has', value: 'x'.repeat(61) }] },
    ];
    for (const filter of refused) expect(contract['segments.preview'].input.safeParse({ filter }).success, JSON.stringify(filter)).toBe(false);
  });
});
