import { beforeEach, describe, expect, it } from 'vitest';
import { contract, type SegmentParams } from '../../api';
import { DomainError } from '../errors';
import { useTempCore } from '../test-support/temp-core';
import { listSegmentContacts } from './segment-contacts';
import { countSegments } from './segment-counts';
import { addUtcMonths, givingYearStart } from '../calendar/utc-months';

const NOW = Date.parse('2026-03-15T12:00:00Z');
const clock = { now: () => new Date(NOW) };
const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

const core = useTempCore('segments', clock);

let seq = 0;
// A contact named `name` (the name is also its id), created long ago unless said otherwise.
const person = (name: string, kind = 'customer', createdAt = at('2015-01-01T00:00:00Z')): string => {
  core().database.sqlite
    .prepare('INSERT INTO contacts (id, first_name, sort_name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(name, name, name.toLowerCase(), kind, createdAt, createdAt);
  return name;
};
const event = (contactId: string, type: string, occurredAt: number, reference: string | null = null): void => {
  seq += 1;
  core().database.sqlite
    .prepare("INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, source, created_at) VALUES (?, ?, ?, ?, ?, 'manual', ?)")
    .run(`E${seq}`, contactId, type, occurredAt, reference, NOW);
};

// Members by name, checked against the count so the list and the count never disagree.
const members = (id: string, params?: SegmentParams): string[] => {
  const page = listSegmentContacts({ db: core().database.db, clock }, { id, params, sort: 'name', direction: 'asc', offset: 0, limit: 500 });
  const count = countSegments({ db: core().database.db, clock }, { params: { [id]: params } }).find((s) => s.id === id)!.count;
  expect(page.total).toBe(count);
  expect(page.rows).toHaveLength(count);
  return page.rows.map((c) => c.firstName);
};

describe('carts to recover', () => {
  it('takes a cart exactly 7 days old and not one a millisecond older', () => {
    event(person('Exactly7'), 'abandoned_cart', NOW - 7 * DAY);
    event(person('Older'), 'abandoned_cart', NOW - 7 * DAY - 1);
    expect(members('carts-to-recover')).toEqual(['Exactly7']);
    expect(members('carts-to-recover', { days: 8 })).toEqual(['Exactly7', 'Older']);
  });

  it('drops a person who ordered after the cart, keeps one whose order came before', () => {
    const bought = person('Bought');
    event(bought, 'abandoned_cart', NOW - 2 * DAY);
    event(bought, 'order', NOW - DAY);
    const earlier = person('Earlier');
    event(earlier, 'order', NOW - 5 * DAY);
    event(earlier, 'abandoned_cart', NOW - 3 * DAY);
    expect(members('carts-to-recover')).toEqual(['Earlier']);
  });

  it('judges by the latest cart when there are several', () => {
    const again = person('Again');
    event(again, 'abandoned_cart', NOW - 6 * DAY);
    event(again, 'order', NOW - 4 * DAY);
    event(again, 'abandoned_cart', NOW - 2 * DAY);
    const closed = person('Closed');
    event(closed, 'abandoned_cart', NOW - 6 * DAY);
    event(closed, 'abandoned_cart', NOW - 4 * DAY);
    event(closed, 'order', NOW - 3 * DAY);
    expect(members('carts-to-recover')).toEqual(['Again']);
  });
});

describe('lapsed customers', () => {
  it('counts an order exactly 6 months ago as recent and one a millisecond older as lapsed', () => {
    const cutoff = at('2025-09-15T12:00:00Z');
    event(person('AtCutoff'), 'order', cutoff);
    event(person('JustBefore'), 'order', cutoff - 1);
    person('NeverOrdered');
    const back = person('CameBack');
    event(back, 'order', at('2024-01-10T00:00:00Z'));
    event(back, 'order', NOW - DAY);
    expect(members('lapsed-customers')).toEqual(['JustBefore']);
    expect(members('lapsed-customers', { months: 5 })).toEqual(['AtCutoff', 'JustBefore']);
  });
});

describe('LYBUNT and SYBUNT donors', () => {
  beforeEach(() => {
    event(person('Dec31'), 'donation', at('2025-12-31T23:59:59.999Z'), 'D1');
    event(person('Jan1'), 'donation', at('2026-01-01T00:00:00.000Z'), 'D2');
    event(person('FirstOfLastYear'), 'donation', at('2025-01-01T00:00:00.000Z'), 'D3');
    event(person('LastOf2024'), 'donation', at('2024-12-31T23:59:59.999Z'), 'D4');
    event(person('June30'), 'donation', at('2025-06-30T23:59:59.999Z'), 'D5');
    event(person('June30Of2024'), 'donation', at('2024-06-30T23:59:59.999Z'), 'D6');
    const refunded = person('Refunded');
    event(refunded, 'donation', at('2023-05-01T10:00:00Z'), 'D7');
    event(refunded, 'donation', at('2025-09-01T10:00:00Z'), 'D8');
    event(refunded, 'refund', at('2025-09-03T10:00:00Z'), 'D8');
    const otherRefund = person('OtherRefund');
    event(otherRefund, 'donation', at('2025-03-01T10:00:00Z'), 'D9');
    event(otherRefund, 'refund', at('2025-03-02T10:00:00Z'), 'D-other');
  });

  it('by calendar year: Dec 31 23:59:59.999 is last year, Jan 1 00:00 is this year', () => {
    expect(members('lybunt')).toEqual(['Dec31', 'FirstOfLastYear', 'June30', 'OtherRefund']);
    expect(members('sybunt')).toEqual(['June30Of2024', 'LastOf2024', 'Refunded']);
  });

  it('by a fiscal year starting in July', () => {
    const july = { fiscalYearStartMonth: 7 };
    // This fiscal year began 2025-07-01, the last one 2024-07-01.
    expect(members('lybunt', july)).toEqual(['FirstOfLastYear', 'June30', 'LastOf2024', 'OtherRefund']);
    expect(members('sybunt', july)).toEqual(['June30Of2024', 'Refunded']);
  });

  it('the giving year defaults to the owner’s setting; a parameter given still wins', () => {
    core().handlers['settings.update']({ fiscalYearStartMonth: 7 });
    const lybunt = countSegments({ db: core().database.db, clock }).find((s) => s.id === 'lybunt')!;
    expect(lybunt.params).toEqual({ fiscalYearStartMonth: 7 });
    expect(lybunt.description).toContain('year starting in July');
    expect(members('lybunt')).toEqual(['FirstOfLastYear', 'June30', 'LastOf2024', 'OtherRefund']);
    expect(members('sybunt')).toEqual(['June30Of2024', 'Refunded']);
    expect(members('lybunt', { fiscalYearStartMonth: 1 })).toEqual(['Dec31', 'FirstOfLastYear', 'June30', 'OtherRefund']);
  });
});

describe('silent prospects', () => {
  it('keeps prospects quiet for 3 months, by their last meaningful contact or their creation', () => {
    const cutoff = at('2025-12-15T12:00:00Z');
    event(person('MetAtCutoff', 'prospect'), 'meeting', cutoff);
    event(person('RepliedBefore', 'prospect'), 'reply', cutoff - 1);
    person('NeverTalked', 'prospect', at('2025-03-01T00:00:00Z'));
    person('BrandNew', 'prospect', NOW - 30 * DAY);
    event(person('QuietCustomer', 'customer'), 'call', cutoff - DAY);
    const mailed = person('OnlyMailed', 'prospect');
    event(mailed, 'order', at('2025-01-01T00:00:00Z'));
    event(mailed, 'message_sent', NOW - DAY);
    expect(members('silent-prospects')).toEqual(['NeverTalked', 'OnlyMailed', 'RepliedBefore']);
  });
});

describe('ready for a review request', () => {
  it('takes deliveries at least 5 days old not yet asked about', () => {
    event(person('Delivered5'), 'delivery', NOW - 5 * DAY, '#1');
    event(person('TooRecent'), 'delivery', NOW - 5 * DAY + 1, '#2');
    const asked = person('Asked');
    event(asked, 'delivery', NOW - 10 * DAY, '#3');
    event(asked, 'review_request', NOW - 4 * DAY, '#3');
    const askedOther = person('AskedOther');
    event(askedOther, 'delivery', NOW - 10 * DAY, '#4');
    event(askedOther, 'review_request', NOW - 40 * DAY, '#9');
    expect(members('review-ready')).toEqual(['AskedOther', 'Delivered5']);
  });
});

describe('beyond 3 years', () => {
  it('takes people whose last meaningful contact, or creation when none, is over 3 years old', () => {
    const cutoff = at('2023-03-15T12:00:00Z');
    event(person('OrderedAtCutoff'), 'order', cutoff);
    event(person('GaveBefore'), 'donation', cutoff - 1);
    person('CreatedLongAgo', 'customer', at('2022-01-01T00:00:00Z'));
    person('CreatedLastYear', 'customer', at('2025-01-01T00:00:00Z'));
    const cart = person('OnlyACart');
    event(cart, 'order', at('2021-05-01T00:00:00Z'));
    event(cart, 'abandoned_cart', NOW - 30 * DAY);
    expect(members('beyond-3-years')).toEqual(['CreatedLongAgo', 'GaveBefore', 'OnlyACart']);
  });
});

describe('segment list and parameters', () => {
  it('lists every built-in segment with its defaults and a sentence', async () => {
    const list = await core().handlers['segments.list'](contract['segments.list'].input.parse({}));
    expect(list.map((s) => [s.id, s.params])).toEqual([
      ['carts-to-recover', { days: 7 }],
      ['lapsed-customers', { months: 6 }],
      ['lybunt', { fiscalYearStartMonth: 1 }],
      ['sybunt', { fiscalYearStartMonth: 1 }],
      ['silent-prospects', { months: 3 }],
      ['review-ready', { days: 5 }],
      ['beyond-3-years', { years: 3 }],
      ['repermission-unanswered', { days: 30 }],
    ]);
    expect(list[0]).toMatchObject({ count: 0, rule: 'segment.cartsToRecover', description: expect.stringContaining('last 7 days') });
    for (const summary of list) expect(contract['segments.list'].output.element.parse(summary)).toEqual(summary);
  });

  it('answers NOT_FOUND for an unknown segment and VALIDATION for a bad parameter', () => {
    const contacts = core().handlers['segments.contacts'];
    const parse = (input: object) => contract['segments.contacts'].input.parse(input);
    expect(() => contacts(parse({ id: 'vip' }))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as DomainError);
    expect(() => contacts(parse({ id: 'lybunt', params: { fiscalYearStartMonth: 13 } }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => contacts(parse({ id: 'lybunt', params: { weeks: 2 } }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('UTC calendar arithmetic', () => {
  it('clamps to the end of a shorter month and finds the giving year', () => {
    expect(new Date(addUtcMonths(at('2026-08-31T15:30:00Z'), -6)).toISOString()).toBe('2026-02-28T15:30:00.000Z');
    expect(new Date(addUtcMonths(at('2024-08-31T00:00:00Z'), -6)).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(new Date(givingYearStart(at('2026-06-30T23:59:59.999Z'), 7)).toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(new Date(givingYearStart(at('2026-07-01T00:00:00Z'), 7)).toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });
});
