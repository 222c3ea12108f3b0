import { z } from 'zod';

export const eventTypes = ['order', 'donation', 'abandoned_cart', 'delivery', 'refund', 'product_viewed', 'quote_sent'] as const;

// Where a file column goes. `ignore` drops it; event.* fields describe one timeline event per row.
export const importFields = [
  'ignore',
  'firstName',
  'lastName',
  'fullName',
  'email',
  'email2',
  'phone',
  'phone2',
  'company',
  'kind',
  'tags',
  'language',
  'country',
  'region',
  'postalCode',
  'notes',
  'sourceId',
  'consent',
  'consentDate',
  'legalBasis',
  'createdAt',
  'event.type',
  'event.date',
  'event.amount',
  'event.currency',
  'event.reference',
  'event.items',
  'event.itemName',
  'event.itemQuantity',
  'event.status',
  'event.link',
  'event.deliveredAt',
  // The time of the row's dates when a column of its own holds it (PayPal's "Time"), and the
  // zone its times without one are in ("TimeZone": "PST", "Europe/Paris", "GMT+01:00").
  'time',
  'timeZone',
] as const;

export const importModes = ['update', 'fill', 'skip'] as const;

export const mappingSchema = z.object({
  columns: z.array(z.enum(importFields)),
  defaultKind: z.enum(['customer', 'donor', 'prospect']).nullable(),
  defaultEventType: z.enum(eventTypes).nullable(),
});
export type MappingDto = z.infer<typeof mappingSchema>;

// Like a FieldIssue, a problem names its rule so each window can word it in its own language.
export const fileProblemSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
  rule: z.string().optional(),
  params: z.record(z.string(), z.string()).optional(),
});

export const importRequestSchema = z.object({
  fileId: z.string().regex(/^[\w-]{8,64}$/, { error: 'Unknown file: add it again.' }),
  mapping: mappingSchema.nullable().default(null),
  mode: z.enum(importModes).default('update'),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  // "These are my customers: soft opt-in": the basis of every contact of the file with none, the
  // file as the evidence; never over a basis or an opt-out (in the file or already recorded).
  fileBasis: z.literal('soft-opt-in').nullable().default(null),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

// Why a column the file has was left out of the mapping: its values are of another kind than
// its header suggested (dates under "Last Active"), or it holds a figure Relance works out itself.
export const columnNoteRules = [
  'import.leftOut.dates',
  'import.leftOut.numbers',
  'import.leftOut.counts',
  'import.leftOut.notDates',
  'import.leftOut.notEventTypes',
  'import.leftOut.notKinds',
  'import.leftOut.notEmails',
  'import.leftOut.figure',
  'import.leftOut.activity',
  'import.leftOut.customerType',
  'import.leftOut.otherId',
  'import.leftOut.participant',
  'import.leftOut.counterparty',
  // A second column with the same header as an earlier one, for a field that takes one value.
  'import.leftOut.duplicate',
] as const;
export const columnNoteSchema = z.object({ column: z.string(), rule: z.enum(columnNoteRules), params: z.record(z.string(), z.string()) });
export type ColumnNote = z.infer<typeof columnNoteSchema>;

const countsSchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  skip: z.number().int(),
  reject: z.number().int(),
  merged: z.number().int(),
  events: z.number().int(),
  // Rows of people who were erased: skipped, never imported again.
  erasedSkipped: z.number().int(),
});

export const importPreviewSchema = z.object({
  fileId: z.string(),
  fileName: z.string(),
  format: z.string(),
  encoding: z.string(),
  delimiter: z.string().nullable(),
  presetId: z.string(),
  presetName: z.string(),
  headers: z.array(z.string()),
  samples: z.array(z.array(z.string())),
  mapping: mappingSchema,
  counts: countsSchema,
  problems: z.array(fileProblemSchema),
  problemCount: z.number().int(),
  // How numeric dates were read (day/month or month/day) and why, as a sentence; `rule` names it
  // for a translated UI.
  dateOrder: z.object({ message: z.string(), rule: z.string(), params: z.record(z.string(), z.string()) }),
  // The columns the detected mapping leaves out, and why.
  columnNotes: z.array(columnNoteSchema).default([]),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importSummarySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.string(),
  presetId: z.string(),
  mode: z.enum(importModes),
  createdAt: z.iso.datetime({ offset: true }),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  // Rows of people who were erased, skipped.
  erasedSkipped: z.number().int(),
  events: z.number().int(),
  undoneAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const stagedFileSchema = z.object({ fileId: z.string(), fileName: z.string(), size: z.number().int() });
export type StagedFile = z.infer<typeof stagedFileSchema>;

// Files larger than this are refused before reading: ten times the 100k-contact corpus.
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
