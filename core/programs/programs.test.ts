import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../time-units';
import { planCartRecovery } from './cart-recovery';
import { checkMessage, type CheckRules } from './checks';
import { basisRefusal, type BasisFacts } from '../consent/legal-basis';
import { isPersonalMailbox } from '../consent/personal-mailboxes';
import type { ContactFacts, PlannedMessage, SentMessage, TimelineFact } from './program-types';
import { planReactivation } from './reactivation';
import { planReviewRequest } from './review-request';
import { spaceMessages } from './frequency-cap';
import { DEFAULT_WINDOW, endOfLocalDay, isInWindow, nextInWindow, startOfLocalDay } from './send-window';

// Tuesday 2026-03-10 10:00 UTC (11:00 in Paris).
const T = Date.UTC(2026, 2, 10, 10, 0);
const fact = (type: string, occurredAt: number, reference: string | null = null): TimelineFact => ({ type, occurredAt, reference });
const sentCart = (step: number, sentAt: number): SentMessage => ({ program: 'cart-recovery', step, sentAt, reference: 'C1' });
const facts: ContactFacts = {
  basis: 'consent', kind: 'customer', hasOrdered: true, emailDomain: 'example.com',
  isSuppressed: false, unsubscribedAt: null, hasOpenComplaint: false, createdAt: T - 400 * DAY_MS,
};
const sender = { businessName: 'Atelier Lumière', postalAddress: '3 rue des Lilas, 69001 Lyon', replyAddress: 'claire@example.com' };
const rule: CheckRules = { window: DEFAULT_WINDOW, timeZone: 'Europe/Paris', sender };

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

  it('a pending or failed order stops nothing; a completed one does; a recovered cart gets nothing', () => {
    const order = (outcome: TimelineFact['outcome']): TimelineFact => ({ ...fact('order', T + HOUR_MS), outcome });
    expect(planCartRecovery([fact('abandoned_cart', T), order('pending')], [], T).map((m) => m.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(planCartRecovery([fact('abandoned_cart', T), order('failed')], [], T).map((m) => m.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(planCartRecovery([fact('abandoned_cart', T), order('completed')], [], T).map((m) => m.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const recovered = planCartRecovery([{ ...fact('abandoned_cart', T), outcome: 'recovered' }], [], T);
    expect(recovered.map((m) => m.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(recovered[0]!.reason).toContain('the cart was recovered');
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

  it('counts each step from where the one before lands once the window has moved it', () => {
    // Thursday 18:30 in Paris: T+24 h falls on Friday after 18:00, so message 1 goes on Monday 9:00.
    const thursday = Date.UTC(2026, 2, 12, 17, 30);
    const plan = planCartRecovery([fact('abandoned_cart', thursday, 'C1')], [], thursday, (m) => checkMessage(m, facts, thursday, rule));
    expect(plan.map((m) => new Date(m.scheduledAt).toISOString())).toEqual(['2026-03-16T08:00:00.000Z', '2026-03-18T08:00:00.000Z', '2026-03-20T08:00:00.000Z']);
    expect(plan[1]!.dueAt).toBe(plan[0]!.scheduledAt + 48 * HOUR_MS);
  });

  it('keeps cart steps 48 h apart, inside the window, whatever the hour of the week and however late it is planned', () => {
    // A week without and a week with the daylight-saving change (Sunday 2026-03-29).
    for (const monday of [Date.UTC(2026, 2, 8, 23), Date.UTC(2026, 2, 22, 23)]) {
      for (let hour = 0; hour < 168; hour += 1) {
        const cart = monday + hour * HOUR_MS;
        for (const now of [cart, cart + 25 * HOUR_MS, cart + 84 * HOUR_MS]) {
          const plan = planCartRecovery([fact('abandoned_cart', cart, 'C1')], [], now, (m) => checkMessage(m, facts, now, rule));
          const times = plan.map((m) => m.scheduledAt);
          expect(times[0]).toBeGreaterThanOrEqual(Math.max(cart + 24 * HOUR_MS, now));
          for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(48 * HOUR_MS);
          expect(times.every((at) => isInWindow(at, DEFAULT_WINDOW, 'Europe/Paris'))).toBe(true);
        }
      }
    }
  });

  it('follows the latest of several carts', () => {
    const plan = planCartRecovery([fact('abandoned_cart', T - 10 * DAY_MS, 'OLD'), fact('abandoned_cart', T, 'C1')], [], T);
    expect(plan.map((m) => m.anchor)).toEqual(['C1', 'C1', 'C1']);
    expect(plan[0]!.dueAt).toBe(T + 24 * HOUR_MS);
  });
});

describe('send window and checks', () => {
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

  it('names the recipient\'s zone when the window is not read in the owner\'s, so the moved time cannot seem outside it', () => {
    // Saturday 15:30 UTC: Monday 9:00 in New York is 13:00 UTC (daylight saving there since 8 March), 14:00 in Paris.
    const saturday = Date.UTC(2026, 2, 14, 15, 30);
    const theirs = { ...rule, timeZone: 'America/New_York', ownerZone: 'Europe/Paris' };
    const checked = checkMessage({ ...base, dueAt: saturday, scheduledAt: saturday }, facts, T, theirs);
    expect(checked.scheduledAt).toBe(Date.UTC(2026, 2, 16, 13, 0));
    expect(checked.reason).toContain('moved to 2026-03-16 13:00 UTC, inside the send window (weekdays 9:00–18:00, America/New_York time)');
    expect(checked.reason.endsWith('; in their time zone (America/New_York)')).toBe(true);
    // Read in the owner's own zone, the reason says nothing more.
    const own = checkMessage({ ...base, dueAt: saturday, scheduledAt: saturday }, facts, T, { ...rule, ownerZone: 'Europe/Paris' });
    expect(own.reason).not.toContain('time zone');
    expect(own.reason).toContain('inside the send window (weekdays 9:00–18:00)');
  });

  it('ends the owner\'s day at local midnight', () => {
    expect(endOfLocalDay(Date.UTC(2026, 2, 10, 22, 30), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 10, 23, 0));
    expect(endOfLocalDay(Date.UTC(2026, 2, 10, 23, 30), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 11, 23, 0));
    expect(endOfLocalDay(Date.UTC(2026, 6, 10, 12), 'Europe/Paris')).toBe(Date.UTC(2026, 6, 10, 22, 0));
  });

  it('starts the owner\'s day at local midnight, on a 23-hour day too', () => {
    expect(startOfLocalDay(Date.UTC(2026, 2, 10, 12), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 9, 23, 0));
    expect(startOfLocalDay(Date.UTC(2026, 2, 29, 12), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 28, 23, 0));
  });
  it('handles the daylight-saving change: 9:00 in Paris is 7:00 UTC after March 29', () => {
    expect(nextInWindow(Date.UTC(2026, 2, 28, 12), DEFAULT_WINDOW, 'Europe/Paris')).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });

  it('holds a message its legal basis does not cover, naming the basis and what it allows', () => {
    const held = checkMessage(base, { ...facts, basis: 'soft-opt-in', hasOrdered: false }, T, rule);
    expect(held.state).toBe('needs-attention');
    expect(held.reason).toBe('cart 1 of 3, unless they buy or reply; soft opt-in only covers people who bought before; record their consent to send this');
    expect(checkMessage(base, { ...facts, basis: 'soft-opt-in' }, T, rule).state).toBe('scheduled');
  });

  it('holds every message while the business name, postal address or reply address is empty', () => {
    const held = checkMessage(base, facts, T, { ...rule, sender: { ...sender, businessName: '', postalAddress: '  ' } });
    expect(held.state).toBe('needs-attention');
    expect(held.reason).toContain('missing in Settings: the business name, the postal address;');
    expect(checkMessage(base, facts, T, { ...rule, sender: { ...sender, replyAddress: '' } }).reason).toContain('missing in Settings: the reply address;');
    // An unsubscribe still cancels rather than holds.
    expect(checkMessage(base, { ...facts, unsubscribedAt: T }, T, { ...rule, sender: { ...sender, businessName: '' } }).state).toBe('cancelled');
  });

  it('holds a message without a legal basis and cancels one for an unsubscribed person', () => {
    expect(checkMessage(base, { ...facts, basis: null }, T, rule).state).toBe('needs-attention');
    expect(checkMessage(base, { ...facts, unsubscribedAt: T }, T, rule).state).toBe('cancelled');
    expect(checkMessage(base, { ...facts, isSuppressed: true }, T, rule).reason).toContain('suppression list');
  });
});

describe('legal basis', () => {
  const who = (extra: Partial<BasisFacts>): BasisFacts => ({ basis: 'consent', kind: 'customer', hasOrdered: false, emailDomain: 'atelier-lumiere.fr', ...extra });
  const programs = ['cart-recovery', 'reactivation', 'review-request'] as const;
  const allowed = (facts: BasisFacts) => programs.filter((program) => basisRefusal(program, facts) === null);

  it('consent covers every program, for anyone', () => {
    expect(allowed(who({ kind: 'prospect', emailDomain: 'gmail.com' }))).toEqual(programs);
  });

  it('soft opt-in covers only people who bought before', () => {
    expect(allowed(who({ basis: 'soft-opt-in', hasOrdered: true }))).toEqual(programs);
    expect(allowed(who({ basis: 'soft-opt-in' }))).toEqual([]);
    expect(basisRefusal('cart-recovery', who({ basis: 'soft-opt-in' }))).toBe('soft opt-in only covers people who bought before; record their consent to send this');
  });

  it('B2B legitimate interest covers prospects at a company address', () => {
    expect(allowed(who({ basis: 'legitimate-interest', kind: 'prospect' }))).toEqual(programs);
    expect(basisRefusal('reactivation', who({ basis: 'legitimate-interest', kind: 'prospect', emailDomain: 'gmail.com' })))
      .toBe('B2B legitimate interest only covers prospects at a company address, and gmail.com is a personal mailbox; record their consent to send this');
    expect(basisRefusal('reactivation', who({ basis: 'legitimate-interest', hasOrdered: true }))).toContain('this contact is a customer, not a prospect');
    expect(basisRefusal('reactivation', who({ basis: 'legitimate-interest', kind: 'prospect', emailDomain: null }))).toContain('no email address');
  });

  it('charity opt-out covers donors\' reactivation only; transactional covers none of the programs', () => {
    expect(allowed(who({ basis: 'charity-opt-out', kind: 'donor' }))).toEqual(['reactivation']);
    expect(basisRefusal('cart-recovery', who({ basis: 'charity-opt-out', kind: 'donor' }))).toBe('charity opt-out only covers reactivating donors, not cart recovery; record their consent to send this');
    expect(allowed(who({ basis: 'charity-opt-out', kind: 'customer', hasOrdered: true }))).toEqual([]);
    expect(allowed(who({ basis: 'transactional', hasOrdered: true }))).toEqual([]);
    expect(basisRefusal('review-request', who({ basis: 'transactional' }))).toContain('transactional only covers messages about an order or an account, not review requests');
    expect(allowed(who({ basis: null, hasOrdered: true }))).toEqual([]);
  });

  it('tells free webmail and provider mailboxes from company domains', () => {
    for (const domain of ['gmail.com', 'googlemail.com', 'yahoo.fr', 'yahoo.co.uk', 'Hotmail.FR', 'outlook.com', 'live.be', 'gmx.de', 'yandex.ru', 'icloud.com', 'proton.me', 'orange.fr', 'laposte.net', 't-online.de', 'libero.it']) {
      expect([domain, isPersonalMailbox(domain)]).toEqual([domain, true]);
    }
    for (const domain of ['atelier-lumiere.fr', 'acme.com', 'live.example.com', 'orange-bleue.fr', 'freelance.fr', 'outlook-conseil.fr']) {
      expect([domain, isPersonalMailbox(domain)]).toEqual([domain, false]);
    }
  });
});

describe('frequency cap', () => {
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
