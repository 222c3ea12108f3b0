import { addUtcMonths } from '../calendar/utc-months';
import { MEANINGFUL_TYPES } from '../timeline/event-kinds';
import { DAY_MS } from '../time-units';
import { hasCompleted, stampDay, type PlannedMessage, type SentMessage, type TimelineFact } from './program-types';

// Reactivation (docs/practice.md, program 2) works because it is rare: at most `maxPerYear`
// messages in any 12 months, at least `minGapMonths` apart, and a logged human contact restarts
// that clock. After a finished, unanswered cart sequence the person waits `coolDownDays`.
// Beyond three years without real contact, only one re-permission message (step 2), ever.
export type ReactivationRules = { maxPerYear: number; minGapMonths: number; coolDownDays: number };
export const DEFAULT_REACTIVATION: ReactivationRules = { maxPerYear: 3, minGapMonths: 5, coolDownDays: 30 };

const meaningful = new Set<string>(MEANINGFUL_TYPES);

const lastHumanOf = (timeline: readonly TimelineFact[]): number => Math.max(-Infinity, ...timeline.filter((f) => meaningful.has(f.type) && hasCompleted(f)).map((f) => f.occurredAt));

// The last real contact (or, without one, when the person came), when it is more than 3 years
// ago (docs/practice.md: no prospecting beyond, except one re-permission message); else null.
export const silentSinceOver3Years = (timeline: readonly TimelineFact[], createdAt: number, now: number): number | null => {
  const lastContact = Math.max(createdAt, lastHumanOf(timeline));
  return lastContact < addUtcMonths(now, -36) ? lastContact : null;
};

export const planReactivation = (
  timeline: readonly TimelineFact[],
  sent: readonly SentMessage[],
  createdAt: number,
  now: number,
  rules: ReactivationRules = DEFAULT_REACTIVATION,
): PlannedMessage => {
  const lastHuman = lastHumanOf(timeline);
  const lastContact = Math.max(createdAt, lastHuman);
  const reactivations = sent.filter((m) => m.program === 'reactivation').map((m) => m.sentAt).sort((a, b) => a - b);
  const lastCart = Math.max(-Infinity, ...sent.filter((m) => m.program === 'cart-recovery').map((m) => m.sentAt));
  // The n-th reactivation this person gets: re-planning before it goes finds the same one, and
  // the next campaign, once it has gone, plans a new one.
  const anchor = `reactivation#${reactivations.length + 1}`;
  const message = (step: number, at: number, reason: string, state: PlannedMessage['state'] = 'scheduled'): PlannedMessage => ({
    program: 'reactivation', step, anchor, dueAt: at, scheduledAt: at, state, reason,
  });

  if (lastContact < addUtcMonths(now, -36)) {
    const asked = reactivations.some((at) => at > lastContact);
    return asked
      ? message(2, now, `no real contact since ${stampDay(lastContact)}: the one re-permission message was already sent`, 'cancelled')
      : message(2, now, `re-permission: no real contact since ${stampDay(lastContact)}, more than 3 years ago; the only message they can get`);
  }

  const constraints: { at: number; why: string }[] = [{ at: now, why: '' }];
  // The gap runs from the later of the last reactivation and the last human contact: a logged
  // call restarts the clock, and nobody is asked "still interested?" just after talking to us.
  const last = reactivations.at(-1);
  if (last !== undefined && last >= lastHuman) constraints.push({ at: addUtcMonths(last, rules.minGapMonths), why: `at least ${rules.minGapMonths} months after the last one (${stampDay(last)})` });
  else if (lastHuman > -Infinity) constraints.push({ at: addUtcMonths(lastHuman, rules.minGapMonths), why: `at least ${rules.minGapMonths} months after the last real contact (${stampDay(lastHuman)})` });
  const inYear = (at: number) => reactivations.filter((sentAt) => sentAt > at - 365 * DAY_MS && sentAt <= at);
  // With maxPerYear already in the last 12 months, wait until the oldest of them is a year old.
  const recent = inYear(now);
  if (recent.length >= rules.maxPerYear) {
    const oldest = recent[recent.length - rules.maxPerYear]!;
    constraints.push({ at: oldest + 365 * DAY_MS, why: `at most ${rules.maxPerYear} a year` });
  }
  if (lastCart > -Infinity) constraints.push({ at: lastCart + rules.coolDownDays * DAY_MS, why: `${rules.coolDownDays} days after the cart messages` });
  const binding = constraints.reduce((a, b) => (b.at > a.at ? b : a));
  const reason = binding.why === '' ? 'reactivation: one plain question, unless they reply or buy first' : `reactivation, deferred: ${binding.why}`;
  return message(1, binding.at, reason);
};
