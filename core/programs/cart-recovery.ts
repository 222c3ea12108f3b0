import { HOUR_MS } from '../time-units';
import { stampDay, type PlannedMessage, type SentMessage, type TimelineFact } from './program-types';

// Cart recovery (DESIGN.md §1, program 1): anchored to the abandonment time T, message 1 at
// T + 24 h, each next one 48 h after the previous: after when it really went, or, for one still
// waiting, after when it can go now — a late cart never gets its three messages at once.
// Any order at or after T, a reply, an unsubscribe or a bounce after T stops what is left.
const FIRST_DELAY = 24 * HOUR_MS;
const NEXT_DELAY = 48 * HOUR_MS;
export const CART_STEPS = 3;

const STOPS: Record<string, string> = { order: 'they ordered', reply: 'they replied', unsubscribed: 'they unsubscribed', bounced: 'the address bounced' };


export const planCartRecovery = (timeline: readonly TimelineFact[], sent: readonly SentMessage[], now: number): PlannedMessage[] => {
  const carts = timeline.filter((fact) => fact.type === 'abandoned_cart');
  if (carts.length === 0) return [];
  // The latest cart is the one to recover; an earlier sequence ends when a new cart starts one.
  const cart = carts.reduce((a, b) => (b.occurredAt > a.occurredAt ? b : a));
  const anchor = cart.reference ?? `cart@${cart.occurredAt}`;
  const stop = timeline
    .filter((fact) => STOPS[fact.type] && (fact.type === 'order' ? fact.occurredAt >= cart.occurredAt : fact.occurredAt > cart.occurredAt))
    .reduce<TimelineFact | null>((a, b) => (a === null || b.occurredAt < a.occurredAt ? b : a), null);
  const sentSteps = new Map(sent.filter((m) => m.program === 'cart-recovery' && (m.reference ?? '') === anchor).map((m) => [m.step, m.sentAt]));

  const planned: PlannedMessage[] = [];
  let previous = cart.occurredAt;
  for (let step = 1; step <= CART_STEPS; step += 1) {
    const dueAt = previous + (step === 1 ? FIRST_DELAY : NEXT_DELAY);
    const sentAt = sentSteps.get(step);
    previous = sentAt ?? Math.max(dueAt, now);
    if (sentAt !== undefined) continue;
    const reason = `cart ${step} of ${CART_STEPS}, unless they buy or reply`;
    if (stop) {
      planned.push({ program: 'cart-recovery', step, anchor, dueAt, scheduledAt: dueAt, state: 'cancelled', reason: `cart ${step} of ${CART_STEPS}; stopped: ${STOPS[stop.type]} on ${stampDay(stop.occurredAt)}` });
    } else {
      planned.push({ program: 'cart-recovery', step, anchor, dueAt, scheduledAt: dueAt, state: 'scheduled', reason });
    }
  }
  return planned;
};
