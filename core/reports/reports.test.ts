import { describe, expect, it } from 'vitest';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { seederFor } from './test-support/seed-report';

// 20 November 2026, in Paris (the default zone): the default range is 1–20 November.
const NOW = Date.parse('2026-11-20T12:00:00Z');
const booted = useTempCore('reports', { now: () => new Date(NOW) });
const call = callThrough(booted);
const seed = seederFor(booted);

const stepOf = async (program: string, step: number) => {
  const report = await call('reports.get', { from: '2026-11-01', to: '2026-11-30' });
  return report.programs.find((p) => p.program === program && p.step === step);
};

describe('attribution of orders to messages', () => {
  it('counts an order 3 days after a message, with its money per currency', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-05T10:00:00Z');
    seed.event(ana, 'order', '2026-11-08T10:00:00Z', { amountMinor: 4500, reference: 'O1' });
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ prepared: 1, sent: 1, converted: 1, revenueMinor: { EUR: 4500 } });
  });

  it('does not count an order placed before the message', async () => {
    const ana = seed.contact('ana');
    seed.event(ana, 'order', '2026-11-04T10:00:00Z', { amountMinor: 4500, reference: 'O1' });
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-05T10:00:00Z');
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ sent: 1, converted: 0, revenueMinor: {} });
  });

  it('takes an order back when a refund with its reference follows', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-05T10:00:00Z');
    seed.event(ana, 'order', '2026-11-08T10:00:00Z', { amountMinor: 4500, reference: 'O1' });
    seed.event(ana, 'refund', '2026-11-12T10:00:00Z', { amountMinor: 4500, reference: 'O1' });
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ converted: 0, revenueMinor: {} });
  });

  it('does not count a pending, failed or refunded order', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-05T10:00:00Z');
    seed.event(ana, 'order', '2026-11-06T10:00:00Z', { amountMinor: 4500, reference: 'O1', outcome: 'pending' });
    seed.event(ana, 'order', '2026-11-07T10:00:00Z', { amountMinor: 4500, reference: 'O2', outcome: 'failed' });
    seed.event(ana, 'order', '2026-11-08T10:00:00Z', { amountMinor: 4500, reference: 'O3', outcome: 'refunded' });
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ converted: 0 });
  });

  it('counts an order only within the program window (7 days for carts, 30 for reactivation)', async () => {
    const ana = seed.contact('ana');
    const bo = seed.contact('bo');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-02T10:00:00Z');
    seed.event(ana, 'order', '2026-11-12T10:00:00Z', { amountMinor: 1000 });
    seed.message(bo, 'reactivation', 1, 'reactivation#1', '2026-11-02T10:00:00Z');
    seed.event(bo, 'donation', '2026-11-25T10:00:00Z', { amountMinor: 2000, currency: 'CHF' });
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ converted: 0 });
    expect(await stepOf('reactivation', 1)).toMatchObject({ converted: 1, revenueMinor: { CHF: 2000 } });
  });

  it('gives an order to the last message before it, not to every one', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-02T10:00:00Z');
    seed.message(ana, 'cart-recovery', 2, 'C1', '2026-11-04T10:00:00Z');
    seed.event(ana, 'order', '2026-11-05T10:00:00Z', { amountMinor: 1000 });
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ converted: 0 });
    expect(await stepOf('cart-recovery', 2)).toMatchObject({ converted: 1, revenueMinor: { EUR: 1000 } });
  });

  it('gives an order to a later message of another program, even one sent after the range', async () => {
    const ana = seed.contact('ana');
    const bo = seed.contact('bo');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-28T10:00:00Z');
    seed.message(ana, 'review-request', 1, 'D1', '2026-12-01T10:00:00Z');
    seed.event(ana, 'order', '2026-12-02T10:00:00Z', { amountMinor: 1000, reference: 'O1' });
    seed.message(bo, 'cart-recovery', 1, 'C2', '2026-11-28T10:00:00Z');
    seed.event(bo, 'order', '2026-12-02T10:00:00Z', { amountMinor: 2000, reference: 'O2' });
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ sent: 2, converted: 1, revenueMinor: { EUR: 2000 } });
  });

  it('counts bounces, replies and unsubscribes after a message', async () => {
    const [ana, bo, cy, di] = ['ana', 'bo', 'cy', 'di'].map(seed.contact) as [string, string, string, string];
    seed.message(ana, 'review-request', 1, 'D1', '2026-11-03T10:00:00Z', { state: 'failed', reason: 'planned; bounced later: 5.1.1' });
    seed.message(bo, 'review-request', 1, 'D2', '2026-11-03T10:00:00Z');
    seed.event(bo, 'reply', '2026-11-04T10:00:00Z');
    seed.message(cy, 'review-request', 1, 'D3', '2026-11-03T10:00:00Z');
    seed.event(cy, 'unsubscribed', '2026-11-04T10:00:00Z');
    seed.event(cy, 'reply', '2026-11-02T10:00:00Z');
    seed.message(di, 'review-request', 1, 'D4', null, { state: 'scheduled' });
    seed.message(di, 'review-request', 2, 'D5', null, { state: 'cancelled' });
    expect(await stepOf('review-request', 1)).toMatchObject({ prepared: 4, sent: 3, bounced: 1, replied: 1, unsubscribed: 1 });
    expect(await stepOf('review-request', 2)).toBeUndefined();
  });
});

describe('the cart funnel', () => {
  it('follows each cart of the range to the message that recovered it, or to lost', async () => {
    const [ana, bo, cy, di, ed, fa] = ['ana', 'bo', 'cy', 'di', 'ed', 'fa'].map(seed.contact) as string[] as [string, string, string, string, string, string];
    // Recovered by message 2: the order came after message 2 and before message 3.
    seed.event(ana, 'abandoned_cart', '2026-11-02T10:00:00Z', { amountMinor: 3000, reference: 'CA' });
    seed.message(ana, 'cart-recovery', 1, 'CA', '2026-11-03T10:00:00Z');
    seed.message(ana, 'cart-recovery', 2, 'CA', '2026-11-05T10:00:00Z');
    seed.event(ana, 'order', '2026-11-06T10:00:00Z', { amountMinor: 3000 });
    // Recovered without a message: bought the next morning, the program stopped.
    seed.event(bo, 'abandoned_cart', '2026-11-02T10:00:00Z', { reference: 'CB' });
    seed.message(bo, 'cart-recovery', 1, 'CB', null, { state: 'cancelled' });
    seed.event(bo, 'order', '2026-11-02T20:00:00Z', { amountMinor: 3000 });
    // Lost: three messages, nothing bought (a pending order is not a purchase).
    seed.event(cy, 'abandoned_cart', '2026-11-02T10:00:00Z', { reference: 'CC' });
    seed.message(cy, 'cart-recovery', 1, 'CC', '2026-11-03T10:00:00Z');
    seed.message(cy, 'cart-recovery', 2, 'CC', '2026-11-05T10:00:00Z');
    seed.message(cy, 'cart-recovery', 3, 'CC', '2026-11-07T10:00:00Z');
    seed.event(cy, 'order', '2026-11-08T10:00:00Z', { amountMinor: 3000, outcome: 'pending' });
    // Recovered by message 1, the cart known by its time only.
    seed.event(di, 'abandoned_cart', '2026-11-10T10:00:00Z');
    seed.message(di, 'cart-recovery', 1, `cart@${Date.parse('2026-11-10T10:00:00Z')}`, '2026-11-11T10:00:00Z');
    seed.event(di, 'order', '2026-11-13T10:00:00Z', { amountMinor: 3000 });
    // The shop recovered it by itself.
    seed.event(ed, 'abandoned_cart', '2026-11-12T10:00:00Z', { outcome: 'recovered' });
    // Outside the range: not counted.
    seed.event(fa, 'abandoned_cart', '2026-10-30T10:00:00Z');
    const { cartFunnel } = await call('reports.get', { from: '2026-11-01', to: '2026-11-30' });
    expect(cartFunnel).toEqual({ abandoned: 5, enrolled: 3, recoveredByMessage: [1, 1, 0], recoveredWithoutMessage: 2, lost: 1 });
  });
});

describe('donors and reviews', () => {
  it('measures retention, LYBUNT won back, new and returning donors', async () => {
    const [ana, bo, cy, di] = ['ana', 'bo', 'cy', 'di'].map(seed.contact) as [string, string, string, string];
    seed.event(ana, 'donation', '2025-05-01T10:00:00Z', { amountMinor: 5000 });
    seed.event(ana, 'donation', '2026-11-03T10:00:00Z', { amountMinor: 3000 });
    seed.event(bo, 'donation', '2025-06-01T10:00:00Z', { amountMinor: 5000 });
    seed.message(bo, 'reactivation', 1, 'reactivation#1', '2026-11-02T10:00:00Z');
    seed.event(bo, 'donation', '2026-11-09T10:00:00Z', { amountMinor: 5000 });
    seed.event(cy, 'donation', '2025-07-01T10:00:00Z', { amountMinor: 5000 });
    seed.event(cy, 'donation', '2026-11-04T10:00:00Z', { amountMinor: 9000, outcome: 'failed' });
    seed.event(di, 'donation', '2026-11-05T10:00:00Z', { amountMinor: 1000 });
    // A gift a refund took back is no gift: ed is no new donor, and the average stays.
    const ed = seed.contact('ed');
    seed.event(ed, 'donation', '2026-11-06T10:00:00Z', { amountMinor: 7000, reference: 'G1' });
    seed.event(ed, 'refund', '2026-11-07T10:00:00Z', { amountMinor: 7000, reference: 'G1' });
    const { donors } = await call('reports.get', { from: '2026-11-01', to: '2026-11-30' });
    expect(donors).toEqual({
      givingYear: 2026, lastYearDonors: 3, gaveAgain: 2, retentionRate: 2 / 3, lybuntWonBack: 1,
      newDonors: 1, returningDonors: 2, averageGiftMinor: { EUR: 3000 },
    });
  });

  it('counts review requests and reminders sent in the range', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'review-request', 1, 'D1', '2026-11-03T10:00:00Z');
    seed.message(ana, 'review-request', 2, 'D1', '2026-11-10T10:00:00Z');
    seed.message(ana, 'review-request', 1, 'D0', '2026-10-03T10:00:00Z');
    const { reviews } = await call('reports.get', { from: '2026-11-01', to: '2026-11-30' });
    expect(reviews).toEqual({ requestsSent: 1, remindersSent: 1, reviewsReceived: 0 });
  });

  it('counts the reviews the owner logged in the range', async () => {
    const ana = seed.contact('ana');
    await call('events.log', { type: 'review', contactId: ana, occurredAt: '2026-11-12T10:00:00Z', note: '5 stars' });
    await call('events.log', { type: 'review', contactId: ana, occurredAt: '2026-10-12T10:00:00Z' });
    const { reviews } = await call('reports.get', { from: '2026-11-01', to: '2026-11-30' });
    expect(reviews.reviewsReceived).toBe(1);
  });
});

describe('the range', () => {
  it('defaults to the first of this month to today, in the owner zone, with the attribution windows', async () => {
    const report = await call('reports.get', {});
    expect(report).toMatchObject({ from: '2026-11-01', to: '2026-11-20', timeZone: 'Europe/Paris', attributionDays: { 'cart-recovery': 7, reactivation: 30, 'review-request': 14 } });
  });

  it('reads the days in the owner zone: a message at 23:30 UTC on 31 October is in November in Paris', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-10-31T23:30:00Z');
    expect(await stepOf('cart-recovery', 1)).toMatchObject({ sent: 1 });
    await call('settings.update', { timeZone: 'America/New_York' });
    expect(await stepOf('cart-recovery', 1)).toBeUndefined();
  });

  it('refuses a day that is not in the calendar, or a range that ends before it starts', async () => {
    expect((await domainErrorOf(() => call('reports.get', { from: '2026-02-30' }))).code).toBe('VALIDATION');
    expect((await domainErrorOf(() => call('reports.get', { from: '2026-11-10', to: '2026-11-01' }))).message).toContain('after it ends');
  });
});

describe('the report as CSV', () => {
  it('writes a part with a byte-order mark and CRLF, money per currency', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-05T10:00:00Z');
    seed.event(ana, 'order', '2026-11-08T10:00:00Z', { amountMinor: 4500 });
    const { fileName, csv } = await call('reports.csv', { from: '2026-11-01', to: '2026-11-30', part: 'programs' });
    expect(fileName).toBe('relance-report-programs-2026-11-01-2026-11-30.csv');
    expect(csv).toBe('\uFEFFprogram,step,prepared,sent,bounced,replied,unsubscribed,converted,revenue_minor_EUR\r\ncart-recovery,1,1,1,0,0,0,1,4500\r\n');
    const funnel = await call('reports.csv', { part: 'funnel' });
    expect(funnel.csv.split('\r\n')[1]).toBe('abandoned,0');
  });

  it('writes the reviews from the review requests alone, as the page counts them', async () => {
    const ana = seed.contact('ana');
    seed.message(ana, 'review-request', 1, 'D1', '2026-11-03T10:00:00Z');
    seed.message(ana, 'review-request', 2, 'D1', '2026-11-10T10:00:00Z', { state: 'failed', reason: 'planned; bounced later: 5.1.1' });
    seed.message(ana, 'cart-recovery', 1, 'C1', '2026-11-05T10:00:00Z');
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const { reviews } = await call('reports.get', range);
    const { csv } = await call('reports.csv', { ...range, part: 'reviews' });
    expect(reviews).toMatchObject({ requestsSent: 1, remindersSent: 1 });
    expect(csv).toBe('\uFEFFfigure,value\r\nrequests_sent,1\r\nreminders_sent,1\r\nreviews_received,0\r\n');
  });
});
