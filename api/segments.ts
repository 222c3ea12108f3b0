import { z } from 'zod';
import { consentBases, contactKinds, contactSortKeys } from './contacts';

// The built-in segments of docs/practice.md C4, in the order a person reads them.
export const segmentIds = [
  'carts-to-recover',
  'lapsed-customers',
  'lybunt',
  'sybunt',
  'silent-prospects',
  'review-ready',
  'beyond-3-years',
  'repermission-unanswered',
] as const;
export type SegmentId = (typeof segmentIds)[number];

export const isBuiltInSegmentId = (id: string): id is SegmentId => (segmentIds as readonly string[]).includes(id);

// Parameter name -> whole number (days, months, a month of the year…); absent names keep their default.
export const segmentParamsSchema = z.record(z.string(), z.number().int());
export type SegmentParams = z.infer<typeof segmentParamsSchema>;

// ---- Custom segments: a list of conditions that must all hold (AND). Every value is a closed
// choice or a bounded number; core turns each condition into SQL with bound parameters.

export const dateUnits = ['days', 'months'] as const;
export type DateUnit = (typeof dateUnits)[number];

const sameOrNot = ['is', 'isNot'] as const;
const bounds = ['atLeast', 'atMost'] as const;
const periodOps = ['inLast', 'moreThan'] as const;

// The operators of each field, in the order a person picks them; the schemas below use these.
export const conditionOps = {
  kind: sameOrNot,
  tag: ['has', 'hasNot'],
  country: sameOrNot,
  language: sameOrNot,
  consent: sameOrNot,
  unsubscribed: ['yes', 'no'],
  lifetimeValue: bounds,
  givenThisYear: bounds,
  orderCount: [...bounds, 'exactly'],
  donationCount: [...bounds, 'exactly'],
  lastOrder: [...periodOps, 'never'],
  lastDonation: [...periodOps, 'never'],
  lastMeaningful: [...periodOps, 'never'],
  createdAt: periodOps,
} as const;

const noControlCharacters = /^[^\p{Cc}]*$/u;
const MAX_AMOUNT_MINOR = 100_000_000_000;
const MAX_COUNT = 1_000_000;
const MAX_PERIOD = 3650;

const period = { amount: z.number().int().min(1).max(MAX_PERIOD), unit: z.enum(dateUnits) };
const minorUnits = z.number().int().min(0).max(MAX_AMOUNT_MINOR);
const howMany = z.number().int().min(0).max(MAX_COUNT);

// "Last X" dates: in the last N days/months, more than N days/months ago, or never.
const lastEventCondition = <F extends 'lastOrder' | 'lastDonation' | 'lastMeaningful'>(field: F) =>
  z.discriminatedUnion('op', [
    z.strictObject({ field: z.literal(field), op: z.enum(periodOps), ...period }),
    z.strictObject({ field: z.literal(field), op: z.literal('never') }),
  ]);

export const customConditionSchema = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('kind'), op: z.enum(conditionOps.kind), value: z.enum(contactKinds) }),
  z.strictObject({
    field: z.literal('tag'),
    op: z.enum(conditionOps.tag),
    value: z
      .string()
      .trim()
      .min(1, { error: 'Type a tag.' })
      .max(60, { error: 'At most 60 characters.' })
      .regex(noControlCharacters, { error: 'A tag cannot contain line breaks or control characters.' }),
  }),
  z.strictObject({
    field: z.literal('country'),
    op: z.enum(conditionOps.country),
    value: z.string().regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code such as FR.' }),
  }),
  z.strictObject({
    field: z.literal('language'),
    op: z.enum(conditionOps.language),
    value: z.string().regex(/^[a-z]{2}$/, { error: 'Use a two-letter language code such as fr.' }),
  }),
  // 'none': no legal basis recorded.
  z.strictObject({ field: z.literal('consent'), op: z.enum(conditionOps.consent), value: z.enum([...consentBases, 'none']) }),
  z.strictObject({ field: z.literal('unsubscribed'), op: z.enum(conditionOps.unsubscribed) }),
  // Amounts in minor units (cents), summed across currencies as they are.
  z.strictObject({ field: z.literal('lifetimeValue'), op: z.enum(conditionOps.lifetimeValue), value: minorUnits }),
  z.strictObject({ field: z.literal('givenThisYear'), op: z.enum(conditionOps.givenThisYear), value: minorUnits }),
  z.strictObject({ field: z.literal('orderCount'), op: z.enum(conditionOps.orderCount), value: howMany }),
  z.strictObject({ field: z.literal('donationCount'), op: z.enum(conditionOps.donationCount), value: howMany }),
  lastEventCondition('lastOrder'),
  lastEventCondition('lastDonation'),
  lastEventCondition('lastMeaningful'),
  z.strictObject({ field: z.literal('createdAt'), op: z.enum(conditionOps.createdAt), ...period }),
]);
export type CustomCondition = z.infer<typeof customConditionSchema>;
export type CustomField = CustomCondition['field'];

export const MAX_CONDITIONS = 20;

export const customFilterSchema = z.strictObject({
  conditions: z
    .array(customConditionSchema)
    .min(1, { error: 'Add at least one condition.' })
    .max(MAX_CONDITIONS, { error: `At most ${MAX_CONDITIONS} conditions.` }),
});
export type CustomFilter = z.infer<typeof customFilterSchema>;

export const segmentNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the segment a name.' })
  .max(80, { error: 'At most 80 characters.' })
  .regex(noControlCharacters, { error: 'A name cannot contain line breaks or control characters.' });

// ---- Summaries: built-in and custom segments side by side.

export const segmentKinds = ['built-in', 'custom'] as const;

export const segmentSummarySchema = z.object({
  // A built-in id (segmentIds) or a saved segment's id.
  id: z.string(),
  kind: z.enum(segmentKinds),
  name: z.string(),
  // One English sentence with the parameters filled in; `rule` names it for a translated UI
  // ('segment.custom' for custom segments, worded from `filter`).
  description: z.string(),
  rule: z.string(),
  count: z.number().int(),
  params: segmentParamsSchema,
  // The allowed range of each parameter, for the inputs that edit them.
  paramLimits: z.record(z.string(), z.object({ min: z.number().int(), max: z.number().int() })),
  // The conditions of a custom segment; null for a built-in one.
  filter: customFilterSchema.nullable(),
});
export type SegmentSummary = z.infer<typeof segmentSummarySchema>;

// Parameters per built-in segment id, for counts with edited parameters; `{}` counts with the defaults.
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

// Creates a custom segment, or replaces the name and filter of the one with `id`.
export const segmentSaveInputSchema = z.object({
  id: z.string().min(1).optional(),
  name: segmentNameSchema,
  filter: customFilterSchema,
});
export type SegmentSaveInput = z.input<typeof segmentSaveInputSchema>;
export type SegmentSaveRequest = z.output<typeof segmentSaveInputSchema>;

export const segmentPreviewInputSchema = z.object({ filter: customFilterSchema });
export type SegmentPreviewInput = z.input<typeof segmentPreviewInputSchema>;

export const segmentPreviewSchema = z.object({ count: z.number().int(), description: z.string() });
export type SegmentPreview = z.infer<typeof segmentPreviewSchema>;
