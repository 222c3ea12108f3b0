import { z } from 'zod';

// One stored row as it is in the database, column names in camelCase and times in ISO 8601.
const rowSchema = z.record(z.string(), z.unknown());

// Everything Relance holds on one person (C9, the right of access): one JSON document.
export const personExportSchema = z.object({
  format: z.literal('relance-person-export'),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  contact: rowSchema,
  tags: z.array(z.string()),
  consentHistory: z.array(rowSchema),
  timeline: z.array(rowSchema),
  messages: z.array(rowSchema),
  unsubscribeTokens: z.array(rowSchema),
  // Whether their address or number is on the suppression list, and why (only hashes are kept there).
  suppressions: z.array(rowSchema),
  deliveryFailures: z.array(rowSchema),
  // Each import that created or changed them, with its file and date and their values before it.
  imports: z.array(rowSchema),
  // Each bulk edit that changed them (a legal basis, a tag, a kind), with their value before it.
  bulkEdits: z.array(rowSchema),
  auditLog: z.array(rowSchema),
});
export type PersonExport = z.infer<typeof personExportSchema>;

export const eraseResultSchema = z.object({
  id: z.string(),
  // How many rows of each kind went: contact, tags, timeline events, messages…
  removed: z.record(z.string(), z.number().int()),
  // The address and the number now on the suppression list with reason `erased`.
  suppressed: z.array(z.enum(['email', 'phone'])),
});
export type EraseResult = z.infer<typeof eraseResultSchema>;

export const auditActions = ['consent', 'unsubscribe', 'suppress', 'erase', 'export', 'mailbox'] as const;
export const auditOrigins = ['ui', 'cli', 'import', 'mailbox'] as const;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  action: z.enum(auditActions),
  origin: z.enum(auditOrigins),
  contactId: z.string().nullable(),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListInputSchema = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const auditPageSchema = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(auditEntrySchema) });
export type AuditPage = z.infer<typeof auditPageSchema>;
