import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../time-units';
import { planCartRecovery } from './cart-recovery';
import { checkMessage } from './checks';
import type { ContactFacts, PlannedMessage, SentMessage, TimelineFact } from './program-types';
import { planReactivation } from './reactivation';
import { planReviewRequest } from './review-request';
import { spaceMessages } from './frequency-cap';
import { DEFAULT_WINDOW, endOfLocalDay, nextInWindow } from './send-window';

// Tuesday 2026-03-10 10:00 UTC (11:00 in Paris).
const T = Date.UTC(2026, 2, 10, 10, 0);
const fact = (type: string, occurredAt: number, reference: string | null = null): TimelineFact => ({ type, occurredAt, reference });
const sentCart = (step: number, sentAt: number): SentMessage => ({ program: 'cart-recovery', step, sentAt, reference: 'C1' });
const facts: ContactFacts = { hasLegalBasis: true, isSuppressed: false, unsubscribedAt: null, hasOpenComplaint: false, createdAt: T - 400 * DAY_MS };

describe('cart recovery', () => {
  it('plans messages at exactly T+24 h, T+72 h and T+120 h', () => {
    const plan = planCartRecovery([fact('abandoned_cart', T, 'C1')], [], T);
    expect(plan.map((m) => m.dueAt - T)).toEqual([24 * HOUR_MS, 72 * HOUR_MS, 120 * HOUR_MS]);
    expect(plan.map((m) => m.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(plan[1]!.reason).toBe('cart 2 of 3, unless they buy or reply');
  });

  it('an order at T+30 h cancels messages 2 and 3 (message 1 went at T+24 h)', () => {
    const plan = planCartRecovery([fact('abandoned_cart', T, 'C1'), fact('order', T + 30 * HOUR_MS)], [sentCart(1, T + 24 * HOUR_MS)], T);
    expect(plan.map((m) => [m.step, m.state])).toEqual([[2, 'cancelled'], [3, 'cancelled']]);
    expect(plan[0]!.reason).toContain('they ordered on 2026-03-11');
  });

  it('an order stamped the same second as the cart closes it; an earlier order does not', () => {
    expect(planCartRecovery([fact('abandoned_cart', T), fact('order', T)], [], T).every((m) => m.state === 'cancelled')).toBe(true);
    expect(planCartRecovery([fact('abandoned_cart', T), fact('order', T - 1)], [], T).every((m) => m.state === 'scheduled')).toBe(true);
  });

  it('stops on a reply, an unsubscribe or a bounce after T', () => {
    for (const type of ['reply', 'unsubscribed', 'bounced']) {
      expect(planCartRecovery([fact('abandoned_cart', T), fact(type, T + HOUR_MS)], [], T).map((m) => m.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    }
  });

  it('counts the next delay from when the previous message really went', () => {
    const plan = planCartRecovery([fact('abandoned_cart', T, 'C1')], [sentCart(1, T + 40 * HOUR_MS)], T);
    expect(plan.map((m) => [m.step, m.dueAt - T])).toEqual([[2, 88 * HOUR_MS], [3, 136 * HOUR_MS]]);
  });

  it('spaces a late cart\'s messages from now: never three at once', () => {
    const late = T + 5 * 24 * HOUR_MS;
    const plan = planCartRecovery([fact('abandoned_cart', T, 'C1')], [], late);
    expect(plan.map((m) => m.dueAt - late)).toEqual([-4 * 24 * HOUR_MS, 48 * HOUR_MS, 96 * HOUR_MS]);
  });

  it('follows the latest of several carts', () => {
    const plan = planCartRecovery([fact('abandoned_cart', T - 10 * DAY_MS, 'OLD'), fact('abandoned_cart', T, 'C1')], [], T);
    expect(plan.map((m) => m.anchor)).toEqual(['C1', 'C1', 'C1']);
    expect(plan[0]!.dueAt).toBe(T + 24 * HOUR_MS);
  });
});

describe('send window and checks', () => {
  const rule = { window: DEFAULT_WINDOW, timeZone: 'Europe/Paris' };
  const base = planCartRecovery([fact('abandoned_cart', T, 'C1')], [], T)[0]!;

  it('keeps a message inside the window at its time', () => {
    expect(checkMessage(base, facts, T, rule).scheduledAt).toBe(base.dueAt);
  });

  it('moves a Saturday message to Monday 9:00 in the recipient time zone, saying why', () => {
    const saturday = Date.UTC(2026, 2, 14, 15, 30);
    const checked = checkMessage({ ...base, dueAt: saturday, scheduledAt: saturday }, facts, T, rule);
    expect(checked.scheduledAt).toBe(Date.UTC(2026, 2, 16, 8, 0));
    expect(checked.state).toBe('scheduled');
    expect(checked.reason).toContain('inside the send window (weekdays 9:00–18:00)');
  });

  it('ends the owner\'s day at local midnight', () => {
    expect(endOfLocalDay(Date.UTC(2026, 2, 10, 22, 30), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 10, 23, 0));
    expect(endOfLocalDay(Date.UTC(2026, 2, 10, 23, 30), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 11, 23, 0));
    expect(endOfLocalDay(Date.UTC(2026, 6, 10, 12), 'Europe/Paris')).toBe(Date.UTC(2026, 6, 10, 22, 0));
  });

  it('handles the daylight-saving change: 9:00 in Paris is 7:00 UTC after March 29', () => {
    expect(nextInWindow(Date.UTC(2026, 2, 28, 12), DEFAULT_WINDOW, 'Europe/Paris')).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });

  it('holds a message without a legal basis and cancels one for an unsubscribed person', () => {
    expect(checkMessage(base, { ...facts, hasLegalBasis: false }, T, rule).state).toBe('needs-attention');
    expect(checkMessage(base, { ...facts, unsubscribedAt: T }, T, rule).state).toBe('cancelled');
    expect(checkMessage(base, { ...facts, isSuppressed: true }, T, rule).reason).toContain('suppression list');
  });
});

describe('frequency cap', () => {
  const rule = { window: DEFAULT_WINDOW, timeZone: 'Europe/Paris' };
  const at = (ms: number, program: 'cart-recovery' | 'review-request' = 'review-request'): PlannedMessage =>
    ({ program, step: 1, anchor: 'x', dueAt: ms, scheduledAt: ms, state: 'scheduled', reason: 'r' });

  it('moves a second message of the same day to a day after the first, saying why', () => {
    const cart = at(T + 24 * HOUR_MS, 'cart-recovery');
    const review = at(T + 30 * HOUR_MS);
    const [first, second] = spaceMessages([cart, review], [], rule);
    expect(first).toBe(cart);
    expect(second!.scheduledAt).toBe(T + 48 * HOUR_MS);
    expect(second!.reason).toContain('at most one message a day per person');
  });

  it('counts messages already sent, and leaves cancelled ones alone', () => {
    const [moved, cancelled] = spaceMessages([at(T + HOUR_MS), { ...at(T), state: 'cancelled' }], [T], rule);
    expect(moved!.scheduledAt).toBe(T + 24 * HOUR_MS);
    expect(cancelled!.scheduledAt).toBe(T);
  });

  it('keeps messages a day apart untouched', () => {
    const plans = [at(T), at(T + 24 * HOUR_MS)];
    expect(spaceMessages(plans, [], rule)).toEqual(plans);
  });
});

describe('reactivation', () => {
  const now = T;
  const sentReactivation = (sentAt: number): SentMessage => ({ program: 'reactivation', step: 1, sentAt, reference: null });

  it('can go now when nothing was sent', () => {
    const plan = planReactivation([fact('order', now - 200 * DAY_MS)], [], facts.createdAt, now);
    expect([plan.step, plan.scheduledAt, plan.state]).toEqual([1, now, 'scheduled']);
  });

  it('waits 5 months after the last one', () => {
    const last = now - 30 * DAY_MS;
    const plan = planReactivation([fact('order', now - 300 * DAY_MS)], [sentReactivation(last)], facts.createdAt, now);
    expect(plan.scheduledAt).toBe(Date.UTC(2026, 6, 8, 10, 0));
    expect(plan.reason).toContain('at least 5 months after the last one');
  });

  it('sends at most 3 in 12 months', () => {
    const rules = { maxPerYear: 3, minGapMonths: 1, coolDownDays: 30 };
    const sent = [now - 300 * DAY_MS, now - 200 * DAY_MS, now - 100 * DAY_MS].map(sentReactivation);
    const plan = planReactivation([fact('order', now - 330 * DAY_MS)], sent, facts.createdAt, now, rules);
    expect(plan.scheduledAt).toBe(now + 65 * DAY_MS);
    expect(plan.reason).toContain('at most 3 a year');
  });

  it('restarts the clock on a logged call', () => {
    const plan = planReactivation([fact('call', now - 10 * DAY_MS)], [sentReactivation(now - 30 * DAY_MS)], facts.createdAt, now);
    expect(plan.scheduledAt).toBe(Date.UTC(2026, 6, 28, 10, 0));
    expect(plan.reason).toContain('after the last real contact (2026-02-28)');
  });

  it('waits 30 days after a finished cart sequence', () => {
    const plan = planReactivation([], [sentCart(3, now - 5 * DAY_MS)], now - 100 * DAY_MS, now);
    expect(plan.scheduledAt).toBe(now + 25 * DAY_MS);
  });

  it('beyond 3 years: one re-permission message, then never again', () => {
    const old = now - 4 * 365 * DAY_MS;
    const first = planReactivation([fact('order', old)], [], old, now);
    expect([first.step, first.state]).toEqual([2, 'scheduled']);
    const again = planReactivation([fact('order', old)], [{ program: 'reactivation', step: 2, sentAt: now - DAY_MS, reference: null }], old, now);
    expect(again.state).toBe('cancelled');
  });
});

describe('review request', () => {
  const delivered = fact('delivery', T, 'ORD-1');

  it('asks 5 days after delivery', () => {
    const [request] = planReviewRequest([delivered], [], facts);
    expect([request!.step, request!.dueAt]).toEqual([1, T + 5 * DAY_MS]);
  });

  it('sends one reminder 7 days after the request, then nothing', () => {
    const asked: SentMessage = { program: 'review-request', step: 1, sentAt: T + 5 * DAY_MS, reference: 'ORD-1' };
    expect(planReviewRequest([delivered], [asked], facts).map((m) => [m.step, m.dueAt])).toEqual([[2, T + 12 * DAY_MS]]);
    expect(planReviewRequest([delivered], [asked, { ...asked, step: 2, sentAt: T + 12 * DAY_MS }], facts)).toEqual([]);
    expect(planReviewRequest([delivered, fact('reply', T + 6 * DAY_MS)], [asked], facts)).toEqual([]);
  });

  it('never asks while a complaint is open', () => {
    const [held] = planReviewRequest([delivered], [], { hasOpenComplaint: true });
    expect(held!.state).toBe('needs-attention');
    expect(held!.reason).toContain('open complaint');
  });
});
