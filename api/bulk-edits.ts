import { z } from 'zod';
import { consentBases, contactKinds } from './contacts';

// What one bulk edit does to every contact it reaches; stored as bulk_edits.field and .value.
export const bulkEditFields = ['consent-basis', 'add-tag', 'remove-tag', 'kind'] as const;
export type BulkEditField = (typeof bulkEditFields)[number];

const tag = z.string().trim().min(1, { error: 'Type the tag.' }).max(60, { error: 'At most 60 characters.' });

export const bulkChangeSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('consent-basis'), value: z.enum(consentBases) }),
  z.object({ field: z.literal('add-tag'), value: tag }),
  z.object({ field: z.literal('remove-tag'), value: tag }),
  z.object({ field: z.literal('kind'), value: z.enum(contactKinds) }),
]);
export type BulkChange = z.infer<typeof bulkChangeSchema>;

// Which contacts: those ticked, by id, or every contact the list's search matches, so "all
// 40,000 matching" crosses the bridge as the search the server applies again, not as ids.
export const bulkTargetSchema = z.union([
  z.object({ ids: z.array(z.string().min(1)).min(1).max(10_000) }),
  z.object({ search: z.string().max(200) }),
]);
export type BulkTarget = z.infer<typeof bulkTargetSchema>;

export const bulkEditInputSchema = z.object({ target: bulkTargetSchema, change: bulkChangeSchema });
export type BulkEditInput = z.input<typeof bulkEditInputSchema>;

// What an edit would do, for the confirmation: how many are selected, how many would change,
// and how many keep their basis because they opted out.
export const bulkEditCountSchema = z.object({
  selected: z.number().int(),
  changing: z.number().int(),
  optedOut: z.number().int(),
});
export type BulkEditCount = z.infer<typeof bulkEditCountSchema>;

export const bulkEditSummarySchema = z.object({
  id: z.string(),
  field: z.enum(bulkEditFields),
  value: z.string(),
  contactCount: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  undoneAt: z.iso.datetime({ offset: true }).nullable(),
});
export type BulkEditSummary = z.infer<typeof bulkEditSummarySchema>;

// After an undo: how many contacts got their value back, and how many kept a value changed since.
export const bulkUndoResultSchema = bulkEditSummarySchema.extend({
  restored: z.number().int(),
  keptLaterChange: z.number().int(),
});
export type BulkUndoResult = z.infer<typeof bulkUndoResultSchema>;
