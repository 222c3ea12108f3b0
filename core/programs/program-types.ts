import type { EventOutcome } from '../../api';
import { utcDay } from '../time-units';
import type { ProgramId } from '../templates/shipped-templates';
import type { BasisFacts } from '../consent/legal-basis';

// What the planners read about one contact: the timeline, the messages already sent by the
// programs, and the facts that can forbid a send.
// `outcome` as stored (C8); a fact without one (written by hand in a test) completed.
export type TimelineFact = { type: string; occurredAt: number; reference: string | null; outcome?: EventOutcome };

// Only a completed order or gift is a purchase or a gift: a pending order is a checkout unpaid,
// a failed or refunded one no purchase at all. Kinds without a status always completed.
export const hasCompleted = (fact: TimelineFact): boolean => fact.outcome === undefined || fact.outcome === 'completed';

export type SentMessage = { program: ProgramId; step: number; sentAt: number; reference: string | null };

export type ContactFacts = BasisFacts & {
  isSuppressed: boolean;
  unsubscribedAt: number | null;
  // An open complaint blocks review requests (never ask an unhappy customer who complained for a review).
  hasOpenComplaint: boolean;
  createdAt: number;
  // An automatic reply said they are away until then (C7): nothing goes before.
  awayUntil?: number | null;
};

// The outbox states a plan can produce; approved, sent and skipped come from the owner and sending.
export type PlannedState = 'scheduled' | 'needs-attention' | 'cancelled';

// One message a program wants to send. `dueAt` is when the program's rule says; `scheduledAt`
// is when it may actually go (moved into the send window, or after a cap); `reason` says why
// in a sentence the UI shows ("cart 2 of 3, unless they buy or reply").
export type PlannedMessage = {
  program: ProgramId;
  step: number;
  // The event the message is about: the cart, the delivery (its reference or time).
  anchor: string;
  dueAt: number;
  scheduledAt: number;
  state: PlannedState;
  reason: string;
};


// Dates and times in reasons, in UTC: "2026-03-09" and "2026-03-09 08:00" (the outbox shows
// them in the reader's time zone).
export const stampDay = utcDay;
export const stampMinute = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
