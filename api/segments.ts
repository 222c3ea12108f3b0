import { z } from 'zod';
import { contactSortKeys } from './contacts';

// The built-in segments of DESIGN.md §2 C4, in the order a person reads them.
export const segmentIds = [
  'carts-to-recover',
  'lapsed-customers',
  'lybunt',
  'sybunt',
  'silent-prospects',
  'review-ready',
  'beyond-3-years',
] as const;
export type SegmentId = (typeof segmentIds)[number];

// Parameter name -> whole number (days, months, a month of the year…); absent names keep their default.
export const segmentParamsSchema = z.record(z.string(), z.number().int());
export type SegmentParams = z.infer<typeof segmentParamsSchema>;

export const segmentSummarySchema = z.object({
  id: z.enum(segmentIds),
  name: z.string(),
  // One English sentence with the parameters filled in; `rule` names it for a translated UI.
  description: z.string(),
  rule: z.string(),
  count: z.number().int(),
  params: segmentParamsSchema,
});
export type SegmentSummary = z.infer<typeof segmentSummarySchema>;

// Parameters per segment id, for counts with edited parameters; `{}` counts with the defaults.
export const segmentListInputSchema = z
  .object({ params: z.partialRecord(z.enum(segmentIds), segmentParamsSchema).optional() })
  .default({});
export type SegmentListInput = z.input<typeof segmentListInputSchema>;

export const segmentContactsInputSchema = z.object({
  // Any string: an unknown id is a NOT_FOUND answer from core, not a malformed request.
  id: z.string().min(1),
  params: segmentParamsSchema.optional(),
  sort: z.enum(contactSortKeys).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type SegmentContactsInput = z.input<typeof segmentContactsInputSchema>;
