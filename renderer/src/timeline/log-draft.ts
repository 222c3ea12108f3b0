import type { EventLogInput, EventOutcome, StalledProspectInput } from '../../../api';
import { fromZonedInput, toZonedInput } from '../shared/zoned-input';

// What the quick-log forms offer, in the order people reach for them; "stalled" logs a
// stalled prospect (an exchange, plus the contact's status and interest).
export const logKinds = ['call', 'meeting', 'note', 'reply', 'order', 'donation', 'abandoned_cart', 'delivery', 'refund', 'review', 'product_viewed', 'quote_sent', 'stalled'] as const;
export type LogKind = (typeof logKinds)[number];

export type LogField = 'occurredAt' | 'amount' | 'currency' | 'reference' | 'items' | 'link' | 'note' | 'interest' | 'outcome';

// What became of an order, a gift or a cart (C8), the first being what the kind means unless
// told otherwise; only a completed order or gift counts in the figures.
const PAYMENT_OUTCOMES: readonly EventOutcome[] = ['completed', 'pending', 'failed', 'cancelled', 'refunded'];
export const outcomesOf = (kind: LogKind): readonly EventOutcome[] => {
  switch (kind) {
    case 'order':
    case 'donation':
      return PAYMENT_OUTCOMES;
    case 'abandoned_cart':
      return ['abandoned', 'recovered'];
    default:
      return [];
  }
};

export const fieldsOf = (kind: LogKind): LogField[] => {
  switch (kind) {
    case 'order':
      return ['occurredAt', 'amount', 'currency', 'outcome', 'reference', 'items', 'note'];
    case 'donation':
      return ['occurredAt', 'amount', 'currency', 'outcome', 'reference', 'note'];
    case 'refund':
      return ['occurredAt', 'amount', 'currency', 'reference', 'note'];
    case 'abandoned_cart':
      return ['occurredAt', 'items', 'amount', 'currency', 'link', 'outcome', 'note'];
    case 'delivery':
      return ['occurredAt', 'reference', 'note'];
    case 'product_viewed':
      return ['occurredAt', 'items', 'link', 'note'];
    case 'quote_sent':
      return ['occurredAt', 'reference', 'amount', 'currency', 'note'];
    case 'stalled':
      return ['interest', 'occurredAt', 'note'];
    default:
      return ['occurredAt', 'note'];
  }
};

// The form edits strings; `isDateTouched` false means "now", read by core when it saves.
export type LogDraft = Record<LogField, string> & { kind: LogKind; isDateTouched: boolean };

const pad = (n: number) => String(n).padStart(2, '0');

// The value a datetime-local input shows for a moment, in the computer's time zone.
export const toLocalInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

// With the owner's `timeZone`, the date field is filled and read in it rather than the computer's.
export const emptyLogDraft = (kind: LogKind, currency: string, now = new Date(), timeZone?: string): LogDraft => ({
  kind,
  occurredAt: timeZone ? toZonedInput(now, timeZone) : toLocalInput(now),
  isDateTouched: false,
  amount: '',
  currency,
  reference: '',
  items: '',
  link: '',
  note: '',
  interest: '',
  // Empty: what the kind means (outcomesOf's first).
  outcome: '',
});

const momentOf = (draft: LogDraft, timeZone?: string): string | null => {
  if (!draft.isDateTouched || draft.occurredAt === '') return null;
  const date = timeZone ? fromZonedInput(draft.occurredAt, timeZone) : new Date(draft.occurredAt);
  return date === null || Number.isNaN(date.getTime()) ? null : date.toISOString();
};

export type LogRequest =
  | { method: 'events.log'; input: EventLogInput }
  | { method: 'prospects.logStalled'; input: StalledProspectInput };

export const requestFrom = (draft: LogDraft, contactId: string, timeZone?: string): LogRequest => {
  const occurredAt = momentOf(draft, timeZone);
  if (draft.kind === 'stalled') {
    return { method: 'prospects.logStalled', input: { contactId, interest: draft.interest, lastExchangeAt: occurredAt, note: draft.note } };
  }
  const type = draft.kind;
  const money = { amount: draft.amount, currency: draft.currency || null };
  const common = { contactId, occurredAt, note: draft.note };
  const outcome = outcomesOf(type).find((known) => known === draft.outcome) ?? null;
  switch (type) {
    case 'order':
      return { method: 'events.log', input: { type, ...common, ...money, reference: draft.reference, items: draft.items, outcome } };
    case 'donation':
      return { method: 'events.log', input: { type, ...common, ...money, reference: draft.reference, outcome } };
    case 'refund':
      return { method: 'events.log', input: { type, ...common, ...money, reference: draft.reference } };
    case 'abandoned_cart':
      return { method: 'events.log', input: { type, ...common, ...money, items: draft.items, link: draft.link, outcome } };
    case 'delivery':
      return { method: 'events.log', input: { type, ...common, reference: draft.reference } };
    case 'product_viewed':
      return { method: 'events.log', input: { type, ...common, items: draft.items, link: draft.link } };
    case 'quote_sent':
      return { method: 'events.log', input: { type, ...common, ...money, reference: draft.reference } };
    default:
      return { method: 'events.log', input: { type, ...common } };
  }
};

// Core names the stalled prospect's date `lastExchangeAt`; the form shows it in the date field.
export const fieldOfPath = (path: string): string => (path === 'lastExchangeAt' ? 'occurredAt' : path);

export const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF', 'CAD'];
