import { HOUR_MS } from '../time-units';
import { hasCompleted, type PlannedMessage, type SentMessage, type TimelineFact } from './program-types';
import { firstStop, latestOf, planSequence, sentStepsOf, type SequenceStop } from './sequence';

// Checkout unpaid: an order left pending, or a payment that failed, is someone who
// went as far as paying. Message 1 goes 24 h later ("your payment did not go through, here is the
// link to finish"); then, for an order, the cart sequence's later steps as steps 2 and 3 of this
// program (48 h apart, the promo code last), so one sequence follows the purchase from start to
// end. A gift gets message 1 only: a donor is not offered a promo code.
// It stops as cart recovery does: the order (or gift) completing, by the same reference or any
// completed one after T, a reply, an unsubscribe or a bounce after T. A newer abandoned cart
// starts its own sequence and ends this one, so a person never gets two about one purchase.
const FIRST_DELAY = 24 * HOUR_MS;
const NEXT_DELAY = 48 * HOUR_MS;
export const CHECKOUT_STEPS = 3;

export const isUnpaid = (fact: TimelineFact): boolean =>
  (fact.type === 'order' || fact.type === 'donation') && (fact.outcome === 'pending' || fact.outcome === 'failed');

export const latestUnpaid = (timeline: readonly TimelineFact[]): TimelineFact | null => latestOf(timeline, isUnpaid);

export const checkoutAnchor = (checkout: TimelineFact): string => checkout.reference ?? `checkout@${checkout.occurredAt}`;

// The checkout continues this cart when both carry the same reference, or when it came at or
// after the cart (exports rarely share a cart's and an order's numbers): then the payment
// messages follow the purchase and the cart messages stop.
export const continuesCart = (checkout: TimelineFact, cart: TimelineFact): boolean =>
  (checkout.reference !== null && checkout.reference === cart.reference) || checkout.occurredAt >= cart.occurredAt;

const after = (fact: TimelineFact, start: TimelineFact) => fact.occurredAt > start.occurredAt;

const stopOf = (timeline: readonly TimelineFact[], checkout: TimelineFact, cartsFollowed: boolean): SequenceStop | null => {
  const paid = (fact: TimelineFact) => fact.type === checkout.type && fact !== checkout && hasCompleted(fact)
    && ((checkout.reference !== null && fact.reference === checkout.reference) || fact.occurredAt >= checkout.occurredAt);
  const find = (matches: (fact: TimelineFact) => boolean, why: string): SequenceStop | null => {
    const fact = timeline.filter(matches).reduce<TimelineFact | null>((a, b) => (a === null || b.occurredAt < a.occurredAt ? b : a), null);
    return fact === null ? null : { fact, why };
  };
  return firstStop([
    find(paid, 'they paid'),
    find((f) => f.type === 'reply' && after(f, checkout), 'they replied'),
    find((f) => f.type === 'unsubscribed' && after(f, checkout), 'they unsubscribed'),
    find((f) => f.type === 'bounced' && after(f, checkout), 'the address bounced'),
    cartsFollowed ? find((f) => f.type === 'abandoned_cart' && after(f, checkout) && !continuesCart(checkout, f), 'a newer cart started its own messages') : null,
  ]);
};

export type CheckoutOptions = {
  // Cart recovery is on: a newer cart then takes over with its own sequence.
  cartsFollowed: boolean;
  // The cart this checkout continues, if any: a cart message 2 or 3 it already sent is not sent again.
  cartSent?: ReadonlyMap<number, number>;
};

export const planCheckoutUnpaid = (
  timeline: readonly TimelineFact[],
  sent: readonly SentMessage[],
  now: number,
  options: CheckoutOptions,
  adjust?: (planned: PlannedMessage) => PlannedMessage,
): PlannedMessage[] => {
  const checkout = latestUnpaid(timeline);
  if (checkout === null) return [];
  const anchor = checkoutAnchor(checkout);
  const sentSteps = sentStepsOf(sent, 'checkout-unpaid', anchor);
  for (const [step, at] of options.cartSent ?? []) if (step > 1 && !sentSteps.has(step)) sentSteps.set(step, at);
  const delays = checkout.type === 'donation' ? [FIRST_DELAY] : [FIRST_DELAY, NEXT_DELAY, NEXT_DELAY];
  const what = checkout.outcome === 'failed' ? 'payment failed' : 'order unpaid';
  return planSequence({
    program: 'checkout-unpaid',
    anchor,
    startsAt: checkout.occurredAt,
    delays,
    sentSteps,
    stop: stopOf(timeline, checkout, options.cartsFollowed),
    reasonOf: (step, steps) => `${what}: message ${step} of ${steps}, unless they pay or reply`,
  }, now, adjust);
};
