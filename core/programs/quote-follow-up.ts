import { DAY_MS } from '../time-units';
import { hasCompleted, type PlannedMessage, type SentMessage, type TimelineFact } from './program-types';
import { firstStop, latestOf, planSequence, sentStepsOf, type SequenceStop } from './sequence';

// Quote follow-up, for freelancers: 7 days after a quote was sent, a follow-up, and a
// last one 14 days after that. It stops on a reply, the prospect marked won or lost, a completed
// order, an unsubscribe or a bounce after the quote.
export const QUOTE_DELAYS_DAYS = [7, 14] as const;

export type ProspectState = { prospectStatus: string | null; statusSince: number | null };

export const quoteAnchor = (quote: TimelineFact): string => quote.reference ?? `quote@${quote.occurredAt}`;

const stopOf = (timeline: readonly TimelineFact[], quote: TimelineFact, prospect: ProspectState): SequenceStop | null => {
  const first = (matches: (fact: TimelineFact) => boolean, why: string): SequenceStop | null => {
    const fact = timeline.filter((f) => f.occurredAt > quote.occurredAt && matches(f)).reduce<TimelineFact | null>((a, b) => (a === null || b.occurredAt < a.occurredAt ? b : a), null);
    return fact === null ? null : { fact, why };
  };
  // Won or lost since the quote (a status set before it was about an earlier deal), or without a date.
  const decided = (prospect.prospectStatus === 'won' || prospect.prospectStatus === 'lost')
    && (prospect.statusSince === null || prospect.statusSince >= quote.occurredAt)
    ? { fact: { occurredAt: prospect.statusSince ?? quote.occurredAt }, why: `the prospect was marked ${prospect.prospectStatus}` }
    : null;
  return firstStop([
    first((f) => f.type === 'reply', 'they replied'),
    first((f) => f.type === 'order' && hasCompleted(f), 'they ordered'),
    first((f) => f.type === 'unsubscribed', 'they unsubscribed'),
    first((f) => f.type === 'bounced', 'the address bounced'),
    decided,
  ]);
};

export const planQuoteFollowUp = (
  timeline: readonly TimelineFact[],
  sent: readonly SentMessage[],
  prospect: ProspectState,
  now: number,
  adjust?: (planned: PlannedMessage) => PlannedMessage,
): PlannedMessage[] => {
  const quote = latestOf(timeline, (fact) => fact.type === 'quote_sent');
  if (quote === null) return [];
  const anchor = quoteAnchor(quote);
  return planSequence({
    program: 'quote-follow-up',
    anchor,
    startsAt: quote.occurredAt,
    delays: QUOTE_DELAYS_DAYS.map((days) => days * DAY_MS),
    sentSteps: sentStepsOf(sent, 'quote-follow-up', anchor),
    stop: stopOf(timeline, quote, prospect),
    reasonOf: (step, steps) => `quote follow-up ${step} of ${steps}, unless they reply or decide`,
  }, now, adjust);
};
