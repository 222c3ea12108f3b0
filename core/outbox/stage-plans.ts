import type { ProgramId, Settings } from '../../api';
import { cartAnchor, latestCart } from '../programs/cart-recovery';
import { checkoutAnchor, continuesCart, latestUnpaid, planCheckoutUnpaid } from '../programs/checkout-unpaid';
import { planProductViewed } from '../programs/product-viewed';
import { isProgramOn } from '../programs/program-switch';
import type { PlannedMessage, TimelineFact } from '../programs/program-types';
import { planQuoteFollowUp, QUOTE_DELAYS_DAYS, quoteAnchor } from '../programs/quote-follow-up';
import { isOfSequence, latestOf, sentStepsOf } from '../programs/sequence';
import { DAY_MS } from '../time-units';
import type { ContactFile } from './outbox-facts';

// How long after the event each stage program still enrols someone: the days after a checkout,
// as for carts; a view's 3 days plus slack; a quote's 7 + 14 days plus two weeks for deferrals.
// Once a message of a sequence went, it runs to its end or its stop whatever its age.
export const CHECKOUT_ENROL_DAYS = 7;
export const VIEW_ENROL_DAYS = 14;
export const QUOTE_ENROL_DAYS = QUOTE_DELAYS_DAYS[0] + QUOTE_DELAYS_DAYS[1] + 14;

// A sequence is followed for `days` after its fact, and to its end once one of its messages went:
// the window and the one-a-day cap can put its last step beyond that, and a sequence that started
// finishes, or stops, by its own rules. One rule for carts (prepare-messages.ts) and the stages.
export const isFollowed = (
  file: ContactFile, fact: TimelineFact | null, anchorOf: (fact: TimelineFact) => string, program: ProgramId, days: number, now: number,
): fact is TimelineFact =>
  fact !== null && (fact.occurredAt >= now - days * DAY_MS || file.sent.some((m) => isOfSequence(m, program, anchorOf(fact))));

const followedCheckout = (file: ContactFile, now: number): TimelineFact | null => {
  const checkout = latestUnpaid(file.timeline);
  return checkout && isFollowed(file, checkout, checkoutAnchor, 'checkout-unpaid', CHECKOUT_ENROL_DAYS, now) ? checkout : null;
};

// The cart an unpaid checkout continues (same reference, or the checkout came after it): one
// purchase, one sequence. While checkout-unpaid is on, its payment messages follow the purchase
// and the cart's stop; off, the cart sequence runs as before.
const continuedCart = (file: ContactFile, checkout: TimelineFact): TimelineFact | null => {
  const cart = latestCart(file.timeline);
  return cart !== null && cart.outcome !== 'recovered' && continuesCart(checkout, cart) ? cart : null;
};

export const stageHandover = (file: ContactFile, settings: Settings, now: number): TimelineFact | null => {
  if (!isProgramOn(settings, 'checkout-unpaid')) return null;
  const checkout = followedCheckout(file, now);
  return checkout !== null && continuedCart(file, checkout) !== null ? checkout : null;
};

// What the stage programs want to send: `placed` go through `place` one at a time (sequences,
// so each step counts from where the previous one lands), `beside` are spaced with the others.
export const planStagePrograms = (
  file: ContactFile,
  settings: Settings,
  now: number,
  programs: readonly ProgramId[],
  place: (plan: PlannedMessage) => PlannedMessage,
): { placed: PlannedMessage[]; beside: PlannedMessage[] } => {
  const wants = (program: ProgramId) => programs.includes(program) && isProgramOn(settings, program);
  const placed: PlannedMessage[] = [];
  const beside: PlannedMessage[] = [];
  const checkout = wants('checkout-unpaid') ? followedCheckout(file, now) : null;
  if (checkout !== null) {
    const cart = continuedCart(file, checkout);
    const cartSent = cart === null ? new Map<number, number>() : sentStepsOf(file.sent, 'cart-recovery', cartAnchor(cart));
    placed.push(...planCheckoutUnpaid(file.timeline, file.sent, now, { cartsFollowed: isProgramOn(settings, 'cart-recovery'), cartSent }, place));
  }
  if (wants('quote-follow-up')) {
    const quote = latestOf(file.timeline, (fact) => fact.type === 'quote_sent');
    if (isFollowed(file, quote, quoteAnchor, 'quote-follow-up', QUOTE_ENROL_DAYS, now)) {
      placed.push(...planQuoteFollowUp(file.timeline, file.sent, file, now, place));
    }
  }
  if (wants('product-viewed')) {
    const view = latestOf(file.timeline, (fact) => fact.type === 'product_viewed');
    if (view !== null && view.occurredAt >= now - VIEW_ENROL_DAYS * DAY_MS) beside.push(...planProductViewed(file.timeline, file.sent));
  }
  return { placed, beside };
};
