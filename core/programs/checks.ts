import { stampMinute, type ContactFacts, type PlannedMessage } from './program-types';
import { describeWindow, nextInWindow, type SendWindow } from './send-window';

export type WindowRule = { window: SendWindow; timeZone: string };


// The checks every message passes when it is scheduled and again just before it goes
// (DESIGN.md §1, rules of respect): a legal basis, not suppressed or unsubscribed, within the
// window. A message that cannot go now is moved or held with its reason, never dropped.
export const checkMessage = (message: PlannedMessage, facts: ContactFacts, now: number, { window, timeZone }: WindowRule): PlannedMessage => {
  if (message.state === 'cancelled') return message;
  if (facts.isSuppressed || facts.unsubscribedAt !== null) {
    return { ...message, state: 'cancelled', reason: `${message.reason}; cancelled: the person unsubscribed or is on the suppression list` };
  }
  if (!facts.hasLegalBasis) {
    return { ...message, state: 'needs-attention', reason: `${message.reason}; needs a legal basis (consent, soft opt-in, legitimate interest…) before it can go` };
  }
  const earliest = Math.max(message.scheduledAt, now);
  const inWindow = nextInWindow(earliest, window, timeZone);
  if (inWindow !== earliest) {
    return { ...message, scheduledAt: inWindow, reason: `${message.reason}; moved to ${stampMinute(inWindow)} UTC, inside the send window (${describeWindow(window)})` };
  }
  return { ...message, scheduledAt: earliest };
};
