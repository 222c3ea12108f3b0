import type { ProgramId } from '../../api';
import { stampDay, type PlannedMessage, type SentMessage, type TimelineFact } from './program-types';

// A fact that ends a sequence, and how the reason names it ("they paid", "they replied").
export type SequenceStop = { fact: Pick<TimelineFact, 'occurredAt'>; why: string };

export type Sequence = {
  program: ProgramId;
  anchor: string;
  // T: what the sequence follows (an unpaid checkout, a quote sent).
  startsAt: number;
  // Each step's delay after the previous one (the first after T).
  delays: readonly number[];
  // Steps already sent, with when they went: the next one counts from there.
  sentSteps: ReadonlyMap<number, number>;
  stop: SequenceStop | null;
  // "checkout unpaid 1 of 3, unless they pay or reply".
  reasonOf: (step: number, steps: number) => string;
};

// The rhythm of every sequence (carts, unpaid checkouts, quotes): each step counts from when
// the previous one really went or, still waiting, from where the window and the caps put it
// (`adjust`), never from before now; a stop cancels every step not yet sent, with its reason.
export const planSequence = (
  sequence: Sequence,
  now: number,
  adjust: (planned: PlannedMessage) => PlannedMessage = (planned) => planned,
): PlannedMessage[] => {
  const { program, anchor, delays, sentSteps, stop, reasonOf } = sequence;
  const steps = delays.length;
  const planned: PlannedMessage[] = [];
  let previous = sequence.startsAt;
  for (let step = 1; step <= steps; step += 1) {
    const dueAt = previous + delays[step - 1]!;
    const sentAt = sentSteps.get(step);
    if (sentAt !== undefined) {
      previous = sentAt;
      continue;
    }
    const reason = reasonOf(step, steps);
    const message = adjust(stop
      ? { program, step, anchor, dueAt, scheduledAt: dueAt, state: 'cancelled', reason: `${reason.replace(/, unless .*$/, '')}; stopped: ${stop.why} on ${stampDay(stop.fact.occurredAt)}` }
      : { program, step, anchor, dueAt, scheduledAt: dueAt, state: 'scheduled', reason });
    planned.push(message);
    previous = Math.max(message.scheduledAt, now);
  }
  return planned;
};

// A message already sent by `program` about the fact `anchor` names.
export const isOfSequence = (message: SentMessage, program: ProgramId, anchor: string): boolean =>
  message.program === program && (message.reference ?? '') === anchor;

// The steps of that sequence already sent, each with when it went: the next one counts from there.
export const sentStepsOf = (sent: readonly SentMessage[], program: ProgramId, anchor: string): Map<number, number> =>
  new Map(sent.filter((m) => isOfSequence(m, program, anchor)).map((m) => [m.step, m.sentAt]));

// The earliest of the facts that would stop a sequence, or null.
export const firstStop = (stops: readonly (SequenceStop | null)[]): SequenceStop | null =>
  stops.reduce<SequenceStop | null>((a, b) => (b === null ? a : a === null || b.fact.occurredAt < a.fact.occurredAt ? b : a), null);

// The latest fact of the timeline that matches, or null.
export const latestOf = (timeline: readonly TimelineFact[], matches: (fact: TimelineFact) => boolean): TimelineFact | null =>
  timeline.filter(matches).reduce<TimelineFact | null>((a, b) => (a === null || b.occurredAt >= a.occurredAt ? b : a), null);
