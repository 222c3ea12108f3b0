import { z } from 'zod';

// The three programs, then the stage programs: a checkout left unpaid, a product
// viewed, a quote sent; each follows where the person stopped.
export const programIds = ['cart-recovery', 'reactivation', 'review-request', 'checkout-unpaid', 'product-viewed', 'quote-follow-up'] as const;
export type ProgramId = (typeof programIds)[number];

// Planning states (the programs and the owner), then delivery states (docs/sending.md): queued →
// sending → sent; deferred (retried later), failed (permanent), paused (the mailbox stopped),
// unknown (the connection died after the message was handed over: never retried by itself).
export const planningStates = ['scheduled', 'needs-attention', 'approved', 'skipped', 'cancelled'] as const;
export const deliveryStates = ['queued', 'sending', 'sent', 'deferred', 'failed', 'paused', 'unknown'] as const;
export const outboxStates = [...planningStates, ...deliveryStates] as const;
export type OutboxState = (typeof outboxStates)[number];

export const outboxViews = ['today', 'upcoming', 'attention', 'sent', 'failed', 'unknown'] as const;
export type OutboxView = (typeof outboxViews)[number];

const iso = z.iso.datetime({ offset: true });

export const outboxEntrySchema = z.object({
  id: z.string(),
  contact: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  program: z.enum(programIds),
  step: z.number().int(),
  // How many steps the program has, for "cart 2 of 3".
  steps: z.number().int(),
  channel: z.enum(['email', 'sms', 'whatsapp']),
  language: z.enum(['fr', 'en']),
  dueAt: iso,
  scheduledAt: iso,
  state: z.enum(outboxStates),
  reason: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  bodyHtml: z.string(),
  isEdited: z.boolean(),
  // For messages the owner sends from their phone: a prefilled sms: link and a WhatsApp link.
  phoneLinks: z.object({ sms: z.string(), whatsapp: z.string() }).nullable(),
  sentAt: iso.nullable(),
  // Fixed when the message is queued and reused on every retry.
  messageId: z.string().nullable(),
  attempts: z.number().int(),
  nextAttemptAt: iso.nullable(),
  // The server's last answer: code (550), enhanced code (5.1.1) and text.
  smtpCode: z.number().int().nullable(),
  enhancedCode: z.string().nullable(),
  smtpResponse: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export const outboxListInputSchema = z.object({
  view: z.enum(outboxViews).default('today'),
  contactId: z.string().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type OutboxListInput = z.input<typeof outboxListInputSchema>;

export const outboxCountsSchema = z.object({
  today: z.number().int(), upcoming: z.number().int(), attention: z.number().int(), sent: z.number().int(), failed: z.number().int(), unknown: z.number().int(),
});

export const outboxPageSchema = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(outboxEntrySchema), counts: outboxCountsSchema });
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const outboxEditInputSchema = z.object({
  id: z.string(),
  subject: z.string().trim().min(1, { error: 'A message needs a subject.' }).max(300),
  bodyText: z.string().trim().min(1, { error: 'A message needs a text.' }).max(20_000),
});

export const reactivationStartInputSchema = z.object({ segmentId: z.string().min(1) });
export const reactivationStartSchema = z.object({ planned: z.number().int(), deferred: z.number().int(), skipped: z.number().int() });

// The contact's next message, when, and why ("Thu 10:14, cart 2 of 3, unless they buy or reply").
export const nextMessageSchema = outboxEntrySchema.nullable();

// `relance approve --due` and "Approve what is due": every scheduled message whose time has come.
export const approveDueSchema = z.object({ approved: z.number().int() });
export const planSummarySchema = z.object({ contacts: z.number().int(), written: z.number().int() });
