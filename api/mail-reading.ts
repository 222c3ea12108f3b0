import { z } from 'zod';

// Reading the owner's mailbox (C7): what a check found, what the Settings page shows about it,
// and the Replies list.

// Why a check could not read, or what it found that the owner should act on. `sender-setup`:
// servers refused messages as spam or by policy, which is the sending setup's problem, not the
// contacts'.
export const readingProblems = ['connection', 'tls', 'certificate', 'auth', 'timeout', 'no-mailbox', 'no-password', 'no-imap', 'sender-setup', 'other'] as const;
export type ReadingProblem = (typeof readingProblems)[number];

export const checkMailSummarySchema = z.object({
  // Messages fetched from the folders (most concern something else and are left alone).
  lookedAt: z.number().int(),
  replies: z.number().int(),
  autoReplies: z.number().int(),
  bounces: z.number().int(),
  complaints: z.number().int(),
  unsubscribes: z.number().int(),
  // `unknown` messages found in the Sent folder, now `sent`.
  sentConfirmed: z.number().int(),
  // Set when another process is reading this database's mailbox: this check read nothing.
  busyWith: z.string().nullable(),
  problem: z.enum(readingProblems).nullable(),
  // What went wrong, in English with the next step, for logs and the CLI.
  message: z.string().nullable(),
});
export type CheckMailSummary = z.infer<typeof checkMailSummarySchema>;

export const readingStatusSchema = z.object({
  isConfigured: z.boolean(),
  lastCheckAt: z.iso.datetime({ offset: true }).nullable(),
  last: checkMailSummarySchema.nullable(),
  // Delivery problems that point at the sending setup, counted over the last 30 days.
  refusedAsSpam: z.number().int(),
});
export type ReadingStatus = z.infer<typeof readingStatusSchema>;

export const replyKinds = ['reply', 'unsubscribe'] as const;

export const replySchema = z.object({
  eventId: z.string(),
  contactId: z.string(),
  contactName: z.string(),
  email: z.string().nullable(),
  receivedAt: z.iso.datetime({ offset: true }),
  subject: z.string(),
  // The first lines of the new text, without the quoted part.
  excerpt: z.string(),
  kind: z.enum(replyKinds),
});
export type Reply = z.infer<typeof replySchema>;

export const replyListInputSchema = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const replyPageSchema = z.object({ total: z.number().int(), rows: z.array(replySchema) });
export type ReplyPage = z.infer<typeof replyPageSchema>;
