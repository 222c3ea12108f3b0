import { DAY_MS } from '../time-units';
import { stampMinute, type PlannedMessage } from './program-types';
import { nextAllowed, type WindowRule } from './checks';

// Across all programs, one person gets at most one message a day (docs/practice.md: the cap defers,
// it never drops): a review request due the same day as a cart message waits a day, with the
// reason. Messages already sent count; the earliest planned keeps its time.
const MIN_GAP_MS = DAY_MS;


export const spaceMessages = (
  messages: readonly PlannedMessage[],
  sentAt: readonly number[],
  rule: WindowRule,
): PlannedMessage[] => {
  const taken = [...sentAt];
  const spaced = new Map<PlannedMessage, PlannedMessage>();
  const waiting = messages.filter((m) => m.state !== 'cancelled').sort((a, b) => a.scheduledAt - b.scheduledAt);
  for (const message of waiting) {
    let at = message.scheduledAt;
    let clash = taken.find((t) => Math.abs(t - at) < MIN_GAP_MS);
    // Each move goes past one taken time, so this ends after at most `taken.length` moves.
    while (clash !== undefined) {
      at = nextAllowed(clash + MIN_GAP_MS, rule);
      clash = taken.find((t) => Math.abs(t - at) < MIN_GAP_MS);
    }
    taken.push(at);
    spaced.set(message, at === message.scheduledAt ? message : {
      ...message, scheduledAt: at, reason: `${message.reason}; moved to ${stampMinute(at)} UTC: at most one message a day per person`,
    });
  }
  return messages.map((m) => spaced.get(m) ?? m);
};
