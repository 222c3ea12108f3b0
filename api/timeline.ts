import { z } from 'zod';
import { contactSchema } from './contacts';

// Every kind of event a timeline can hold (C3). Imports bring the first five; a person logs
// the others by hand; message_sent, bounced and unsubscribed come from sending and from reading
// the mailbox, which also notes automatic replies and temporary delivery failures.
export const timelineEventTypes = [
  'order',
  'donation',
  'abandoned_cart',
  'delivery',
  'refund',
  'reply',
  'call',
  'meeting',
  'note',
  'exchange',
  'review_request',
  'message_sent',
  'bounced',
  'unsubscribed',
  'auto_reply',
  'soft_bounce',
  // Stages where a person stopped: a shop's browse data, a freelancer's quote.
  'product_viewed',
  'quote_sent',
  // A review the customer left (the owner logs it): the Reports page counts them.
  'review',
] as const;
export type TimelineEventType = (typeof timelineEventTypes)[number];

// What became of an event, normalised from the source's own status word (C8): only a
// 'completed' order or donation is money in; a cart ends 'abandoned' or 'recovered'.
export const eventOutcomes = ['completed', 'pending', 'failed', 'cancelled', 'refunded', 'recovered', 'abandoned'] as const;
export type EventOutcome = (typeof eventOutcomes)[number];

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max, { error: `At most ${max} characters.` });

export const timelineItemSchema = z.object({ name: z.string(), quantity: z.number().int() });
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const timelineEventSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  type: z.enum(timelineEventTypes),
  occurredAt: isoDateTime,
  // A date without a time (an import's "2026-02-01"): occurredAt is that day's midnight UTC, and
  // it is shown as that date in every zone, never as a time.
  dateOnly: z.boolean(),
  // Integer minor units of `currency` (cents for EUR), or null when the event has no amount.
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  reference: z.string().nullable(),
  items: z.array(timelineItemSchema),
  status: z.string().nullable(),
  outcome: z.enum(eventOutcomes),
  link: z.string().nullable(),
  note: z.string(),
  // 'manual': logged in Relance; 'import': from a file, named when the import is still known;
  // 'outbox': written by Relance's sending (a message sent, an address that bounced);
  // 'mailbox': read from the owner's mailbox (a reply, a bounce report, an unsubscribe).
  source: z.enum(['manual', 'import', 'outbox', 'mailbox']),
  importFileName: z.string().nullable(),
  createdAt: isoDateTime,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineListInputSchema = z.object({
  contactId: z.string().min(1),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TimelineListInput = z.input<typeof timelineListInputSchema>;

export const timelinePageSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  rows: z.array(timelineEventSchema),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;

// The longest value each field of the log form takes; an import cuts to the same figures.
export const eventLimits = { note: 5_000, amount: 40, reference: 200, items: 4_000, link: 2_000 } as const;

// What a person types; core reads amounts ("12,50", "1 234.5") into minor units of the
// currency, dates default to now, and a date far in the future is refused.
const common = {
  contactId: z.string().min(1),
  occurredAt: isoDateTime.nullable().default(null),
  note: text(eventLimits.note).default(''),
};
const money = {
  amount: text(eventLimits.amount).default(''),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { error: 'Use a three-letter currency code such as EUR.' })
    .nullable()
    .default(null),
};
const reference = text(eventLimits.reference).default('');
// Null: what the kind means without a status (an order or gift completed, a cart abandoned).
const outcome = z.enum(eventOutcomes).nullable().default(null);
// Items as typed, one per line or separated by semicolons: "2 × Mug; Tote bag".
const items = text(eventLimits.items).default('');
const link = text(eventLimits.link).default('');

export const eventLogInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('order'), ...common, ...money, reference, items, outcome }),
  z.object({ type: z.literal('donation'), ...common, ...money, reference, outcome }),
  z.object({ type: z.literal('abandoned_cart'), ...common, ...money, items, link, outcome }),
  z.object({ type: z.literal('delivery'), ...common, reference }),
  z.object({ type: z.literal('refund'), ...common, ...money, reference }),
  z.object({ type: z.literal('reply'), ...common }),
  z.object({ type: z.literal('call'), ...common }),
  z.object({ type: z.literal('meeting'), ...common }),
  z.object({ type: z.literal('note'), ...common }),
  z.object({ type: z.literal('exchange'), ...common }),
  z.object({ type: z.literal('review_request'), ...common, link }),
  z.object({ type: z.literal('review'), ...common, link }),
  z.object({ type: z.literal('product_viewed'), ...common, items, link }),
  z.object({ type: z.literal('quote_sent'), ...common, ...money, reference }),
]);
export type EventLogInput = z.input<typeof eventLogInputSchema>;
export type LoggableEventType = EventLogInput['type'];

// "Log a stalled prospect": what they wanted and when you last talked. The contact becomes a
// prospect, stalled since now, and the talk goes on the timeline as an exchange.
export const stalledProspectInputSchema = z.object({
  contactId: z.string().min(1),
  interest: text(2_000).default(''),
  lastExchangeAt: isoDateTime.nullable().default(null),
  note: text(5_000).default(''),
});
export type StalledProspectInput = z.input<typeof stalledProspectInputSchema>;

export const stalledProspectResultSchema = z.object({ contact: contactSchema, event: timelineEventSchema });
