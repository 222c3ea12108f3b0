import { DAY_MS } from '../time-units';
import { stampDay, type PlannedMessage, type SentMessage, type TimelineFact } from './program-types';
import { latestOf } from './sequence';

// Product viewed: where the owner has a shop's browse data, one gentle message a few
// days after the last view, and only one: never when a cart or an order (whatever became of it)
// follows the view, since those have their own messages, and at most one per person in 90 days,
// so someone who browses often is not written to each time.
export const VIEW_DELAY_DAYS = 3;
export const VIEW_GAP_DAYS = 90;

export const viewAnchor = (view: TimelineFact): string => view.reference ?? `viewed@${view.occurredAt}`;

export const planProductViewed = (timeline: readonly TimelineFact[], sent: readonly SentMessage[]): PlannedMessage[] => {
  const view = latestOf(timeline, (fact) => fact.type === 'product_viewed');
  if (view === null) return [];
  const anchor = viewAnchor(view);
  const mine = sent.filter((m) => m.program === 'product-viewed');
  if (mine.some((m) => (m.reference ?? '') === anchor)) return [];
  const dueAt = view.occurredAt + VIEW_DELAY_DAYS * DAY_MS;
  const message: PlannedMessage = {
    program: 'product-viewed', step: 1, anchor, dueAt, scheduledAt: dueAt, state: 'scheduled',
    reason: `product viewed, one gentle message ${VIEW_DELAY_DAYS} days later, unless a cart or an order follows`,
  };
  const followed = latestOf(timeline, (fact) => (fact.type === 'abandoned_cart' || fact.type === 'order') && fact.occurredAt >= view.occurredAt);
  if (followed !== null) {
    return [{ ...message, state: 'cancelled', reason: `product viewed; stopped: a cart or an order followed on ${stampDay(followed.occurredAt)}` }];
  }
  const last = Math.max(-Infinity, ...mine.map((m) => m.sentAt));
  if (last > dueAt - VIEW_GAP_DAYS * DAY_MS) {
    return [{ ...message, state: 'cancelled', reason: `product viewed; not again: one went on ${stampDay(last)}, at most one in ${VIEW_GAP_DAYS} days` }];
  }
  return [message];
};
