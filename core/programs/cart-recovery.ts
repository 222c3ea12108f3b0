import { HOUR_MS } from '../time-units';
import { hasCompleted, type PlannedMessage, type SentMessage, type TimelineFact } from './program-types';
import { planSequence, sentStepsOf } from './sequence';

// Cart recovery (docs/practice.md, program 1): anchored to the abandonment time T, message 1 at
// T + 24 h, each next one 48 h after the previous: after when it really went, or, for one still
// waiting, after when it will go once the send window and the caps have moved it (`adjust`), and
// never before now. Counting from the time before those moves put steps 24 h apart whenever the
// window pushed one past a weekend or a night. A late cart never gets its three messages at once.
// Any completed order at or after T, a reply, an unsubscribe or a bounce after T stops what is
// left; a pending order does not (the checkout is unpaid), and a cart the shop marked recovered
// gets nothing more. The rhythm is planSequence's (sequence.ts), as for every sequence.
const DELAYS = [24 * HOUR_MS, 48 * HOUR_MS, 48 * HOUR_MS];

const STOPS: Record<string, string> = {
  order: 'they ordered',
  reply: 'they replied',
  unsubscribed: 'they unsubscribed',
  bounced: 'the address bounced',
  abandoned_cart: 'the cart was recovered',
};

// What ends the sequence of `cart`: the cart itself once recovered, else the first stop after it.
const stopOf = (timeline: readonly TimelineFact[], cart: TimelineFact): TimelineFact | null => {
  if (cart.outcome === 'recovered') return cart;
  return timeline
    .filter((fact) => fact.type !== 'abandoned_cart' && STOPS[fact.type] && hasCompleted(fact)
      && (fact.type === 'order' ? fact.occurredAt >= cart.occurredAt : fact.occurredAt > cart.occurredAt))
    .reduce<TimelineFact | null>((a, b) => (a === null || b.occurredAt < a.occurredAt ? b : a), null);
};

// The latest cart is the one to recover; an earlier sequence ends when a new cart starts one.
export const latestCart = (timeline: readonly TimelineFact[]): TimelineFact | null =>
  timeline.filter((fact) => fact.type === 'abandoned_cart').reduce<TimelineFact | null>((a, b) => (a === null || b.occurredAt > a.occurredAt ? b : a), null);

export const cartAnchor = (cart: TimelineFact): string => cart.reference ?? `cart@${cart.occurredAt}`;

// `handover`: an unpaid checkout that continues this cart (outbox/stage-plans.ts); its payment
// messages follow the purchase from there, so the cart's stop.
export const planCartRecovery = (
  timeline: readonly TimelineFact[],
  sent: readonly SentMessage[],
  now: number,
  adjust: (planned: PlannedMessage) => PlannedMessage = (planned) => planned,
  handover: TimelineFact | null = null,
): PlannedMessage[] => {
  const cart = latestCart(timeline);
  if (cart === null) return [];
  const anchor = cartAnchor(cart);
  const stop = stopOf(timeline, cart) ?? handover;
  return planSequence({
    program: 'cart-recovery',
    anchor,
    startsAt: cart.occurredAt,
    delays: DELAYS,
    sentSteps: sentStepsOf(sent, 'cart-recovery', anchor),
    stop: stop && { fact: stop, why: stop === handover ? 'they reached payment' : STOPS[stop.type]! },
    reasonOf: (step, steps) => `cart ${step} of ${steps}, unless they buy or reply`,
  }, now, adjust);
};
