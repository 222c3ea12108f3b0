import { DAY_MS } from '../time-units';
import type { ContactFacts, PlannedMessage, SentMessage, TimelineFact } from './program-types';

// Review request (docs/practice.md, program 3): `afterDays` after a delivery, at most one reminder
// `reminderDays` after the request, to every customer (no gating), without any incentive, and
// never while the contact has an open complaint.
export type ReviewRules = { afterDays: number; reminderDays: number };
export const DEFAULT_REVIEW: ReviewRules = { afterDays: 5, reminderDays: 7 };

export const planReviewRequest = (
  timeline: readonly TimelineFact[],
  sent: readonly SentMessage[],
  facts: Pick<ContactFacts, 'hasOpenComplaint'>,
  rules: ReviewRules = DEFAULT_REVIEW,
): PlannedMessage[] => {
  const deliveries = timeline.filter((fact) => fact.type === 'delivery');
  if (deliveries.length === 0) return [];
  const delivery = deliveries.reduce((a, b) => (b.occurredAt > a.occurredAt ? b : a));
  const anchor = delivery.reference ?? `delivery@${delivery.occurredAt}`;
  const mine = sent.filter((m) => m.program === 'review-request' && (m.reference ?? '') === anchor);
  const request = mine.find((m) => m.step === 1);
  const reminder = mine.find((m) => m.step === 2);
  const replied = request && timeline.some((f) => f.type === 'reply' && f.occurredAt > request.sentAt);
  const hold = (m: PlannedMessage): PlannedMessage =>
    facts.hasOpenComplaint ? { ...m, state: 'needs-attention', reason: `${m.reason}; on hold: the contact has an open complaint` } : m;

  if (!request) {
    const dueAt = delivery.occurredAt + rules.afterDays * DAY_MS;
    return [hold({ program: 'review-request', step: 1, anchor, dueAt, scheduledAt: dueAt, state: 'scheduled', reason: `review request, ${rules.afterDays} days after delivery` })];
  }
  if (reminder || replied) return [];
  const dueAt = request.sentAt + rules.reminderDays * DAY_MS;
  return [hold({ program: 'review-request', step: 2, anchor, dueAt, scheduledAt: dueAt, state: 'scheduled', reason: 'the one reminder, unless they reply' })];
};
