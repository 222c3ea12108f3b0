import { z } from 'zod';
import { segmentParamsSchema } from './segments';

// The files Relance writes for other tools (C9): contacts as CSV or vCard, and hashed ad
// audiences for Meta and Google.
export const exportFormats = ['csv', 'vcard', 'meta', 'google'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const audienceFormats: readonly ExportFormat[] = ['meta', 'google'];
export const isAudienceFormat = (format: ExportFormat): boolean => audienceFormats.includes(format);

// Which contacts: a segment's members, the ones ticked, or every contact the list's search
// matches (an empty search: all), the same target a bulk edit takes (api/bulk-edits.ts).
export const exportTargetSchema = z.union([
  z.object({ segmentId: z.string().min(1).max(100), params: segmentParamsSchema.optional() }),
  z.object({ ids: z.array(z.string().min(1)).min(1).max(10_000) }),
  z.object({ search: z.string().max(200) }),
]);
export type ExportTarget = z.infer<typeof exportTargetSchema>;

export const exportRequestSchema = z.object({
  target: exportTargetSchema,
  format: z.enum(exportFormats),
  // CSV only: `;` opens in a French Excel, `,` elsewhere.
  delimiter: z.enum([',', ';']).default(','),
});
export type ExportRequest = z.input<typeof exportRequestSchema>;

// Ad platforms match too few people below this many to build an audience (both say so).
export const AUDIENCE_MINIMUM = 100;

// What an export would hold, for the dialog before it runs: how many people go in, and for an
// audience how many are left out (opted out, suppressed, or without consent to ad use).
export const exportCountSchema = z.object({
  count: z.number().int(),
  leftOut: z.number().int(),
  isBelowAudienceMinimum: z.boolean(),
});
export type ExportCount = z.infer<typeof exportCountSchema>;

export const exportFileSchema = exportCountSchema.extend({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
