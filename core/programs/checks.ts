import { basisRefusal } from '../consent/legal-basis';
import { stampDay, stampMinute, type ContactFacts, type PlannedMessage } from './program-types';
import { describeWindow, nextInWindow, nextInWindowAll, type SendWindow } from './send-window';

// The window is read in `timeZone` and must hold in `alsoIn` too (programs/zones/); `movedWords`
// says where, after "inside the send window", and `note` is said on every message. `ownerZone`
// is the owner's: when the window is read in another, the reason names that zone, so a time shown
// in the owner's zone never seems to contradict a window read in the recipient's.
export type WindowRule = {
  window: SendWindow; timeZone: string; alsoIn?: readonly string[]; movedWords?: string | null; note?: string | null; ownerZone?: string;
};

// "in their time zone (America/New_York)": said on every message whose window is read in a zone
// other than the owner's; the outbox then shows both times ("9:00 their time, 15:00 yours").
export const theirZoneClause = (rules: WindowRule): string | null =>
  rules.ownerZone && rules.ownerZone !== rules.timeZone ? `in their time zone (${rules.timeZone})` : null;

// The first instant at or after `ms` that is inside the window in every zone of the rule.
export const nextAllowed = (ms: number, { window, timeZone, alsoIn }: WindowRule): number =>
  (alsoIn && alsoIn.length > 0 ? nextInWindowAll(ms, window, [timeZone, ...alsoIn]) : null) ?? nextInWindow(ms, window, timeZone);

// Who sends: every marketing message ends with the business name, its postal address and the
// address that takes "stop" (docs/practice.md), so none can go while one of them is empty.
export type SenderIdentity = { businessName: string; postalAddress: string; replyAddress: string };

export type CheckRules = WindowRule & { sender: SenderIdentity };

const IDENTITY_WORDS: Record<keyof SenderIdentity, string> = {
  businessName: 'the business name', postalAddress: 'the postal address', replyAddress: 'the reply address',
};

export const missingIdentity = (sender: SenderIdentity): string[] =>
  (Object.keys(IDENTITY_WORDS) as (keyof SenderIdentity)[]).filter((key) => sender[key].trim() === '').map((key) => IDENTITY_WORDS[key]);

const hold = (message: PlannedMessage, why: string): PlannedMessage => ({ ...message, state: 'needs-attention', reason: `${message.reason}; ${why}` });

// The checks every message passes when it is scheduled and again just before it goes
// (docs/practice.md, rules of respect): not suppressed or unsubscribed, a legal basis that covers
// this program, the sender's identity for the footer, within the window. A message that cannot
// go now is moved or held with its reason, never dropped. They come before the merge fields, so
// they hold a message the owner rewrote by hand as well.
export const checkMessage = (message: PlannedMessage, facts: ContactFacts, now: number, rules: CheckRules): PlannedMessage => {
  const checked = checkAgainst(message, facts, now, rules);
  if (checked.state === 'cancelled') return checked;
  const said = [rules.note, theirZoneClause(rules)].filter(Boolean);
  return said.length > 0 ? { ...checked, reason: [checked.reason, ...said].join('; ') } : checked;
};

const checkAgainst = (message: PlannedMessage, facts: ContactFacts, now: number, rules: CheckRules): PlannedMessage => {
  const { window, sender } = rules;
  if (message.state === 'cancelled') return message;
  if (facts.isSuppressed || facts.unsubscribedAt !== null) {
    return { ...message, state: 'cancelled', reason: `${message.reason}; cancelled: the person unsubscribed or is on the suppression list` };
  }
  const refusal = basisRefusal(message.program, facts);
  if (refusal !== null) return hold(message, refusal);
  const missing = missingIdentity(sender);
  if (missing.length > 0) {
    return hold(message, `missing in Settings: ${missing.join(', ')}; every message carries the sender's name, postal address and a way to stop`);
  }
  const away = facts.awayUntil ?? 0;
  if (away > Math.max(message.scheduledAt, now)) {
    const inWindow = nextAllowed(away, rules);
    return { ...message, scheduledAt: inWindow, reason: `${message.reason}; moved to ${stampMinute(inWindow)} UTC: an automatic reply said they are away until ${stampDay(away)}` };
  }
  const earliest = Math.max(message.scheduledAt, now);
  const inWindow = nextAllowed(earliest, rules);
  if (inWindow !== earliest) {
    const where = rules.movedWords ? ` ${rules.movedWords}` : '';
    const zone = theirZoneClause(rules) ? `, ${rules.timeZone} time` : '';
    return { ...message, scheduledAt: inWindow, reason: `${message.reason}; moved to ${stampMinute(inWindow)} UTC, inside the send window (${describeWindow(window)}${zone})${where}` };
  }
  return { ...message, scheduledAt: earliest };
};
