import { z } from 'zod';
import { programIds } from './outbox';

// What the messages did over a range of days (C8): per program and step, the cart funnel, donors
// and reviews. Days are calendar days in the owner's time zone; both ends are included.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date such as 2026-11-30.' });

// Days after a message within which a completed order or donation counts as its conversion; a
// setting (Settings → attributionDays), the same for the page and `relance report`.
const days = z.number().int().min(1).max(365);
export const attributionDaysSchema = z.object({ 'cart-recovery': days, reactivation: days, 'review-request': days });
export type AttributionDays = z.infer<typeof attributionDaysSchema>;
export const defaultAttributionDays: AttributionDays = { 'cart-recovery': 7, reactivation: 30, 'review-request': 14 };

export const reportInputSchema = z
  .object({
    // Absent: the first day of the current month, and today.
    from: day.optional(),
    to: day.optional(),
  })
  .default({});
export type ReportInput = z.input<typeof reportInputSchema>;

// Money per ISO 4217 currency, in minor units: amounts in different currencies are never added.
const moneySchema = z.record(z.string(), z.number().int());

export const programStepReportSchema = z.object({
  program: z.enum(programIds),
  step: z.number().int().min(1),
  prepared: z.number().int(),
  sent: z.number().int(),
  bounced: z.number().int(),
  replied: z.number().int(),
  unsubscribed: z.number().int(),
  // A completed order or donation within the program's attribution window after a message sent.
  converted: z.number().int(),
  revenueMinor: moneySchema,
});
export type ProgramStepReport = z.infer<typeof programStepReportSchema>;

export const cartFunnelSchema = z.object({
  abandoned: z.number().int(),
  enrolled: z.number().int(),
  // Recovered after message 1, 2 and 3 (index 0, 1, 2).
  recoveredByMessage: z.array(z.number().int()).length(3),
  recoveredWithoutMessage: z.number().int(),
  lost: z.number().int(),
});
export type CartFunnel = z.infer<typeof cartFunnelSchema>;

export const donorReportSchema = z.object({
  // The giving year the range ends in, and the one before it.
  givingYear: z.number().int(),
  lastYearDonors: z.number().int(),
  gaveAgain: z.number().int(),
  // gaveAgain / lastYearDonors; null when there were no donors last year.
  retentionRate: z.number().nullable(),
  lybuntWonBack: z.number().int(),
  newDonors: z.number().int(),
  returningDonors: z.number().int(),
  averageGiftMinor: moneySchema,
});
export type DonorReport = z.infer<typeof donorReportSchema>;

export const reviewReportSchema = z.object({
  requestsSent: z.number().int(),
  remindersSent: z.number().int(),
  // Only where the owner logs them.
  reviewsReceived: z.number().int(),
});
export type ReviewReport = z.infer<typeof reviewReportSchema>;

export const reportSchema = z.object({
  from: day,
  to: day,
  timeZone: z.string(),
  // Days after a message within which a completed order or donation counts as converted.
  attributionDays: attributionDaysSchema,
  programs: z.array(programStepReportSchema),
  cartFunnel: cartFunnelSchema,
  donors: donorReportSchema,
  reviews: reviewReportSchema,
});
export type Report = z.infer<typeof reportSchema>;

// One part of the report as a CSV file a spreadsheet opens cleanly (UTF-8 with BOM, CRLF, no cell
// read as a formula): the page's "Download CSV" under each part.
export const reportParts = ['programs', 'funnel', 'donors', 'reviews'] as const;
export type ReportPart = (typeof reportParts)[number];
export const reportCsvInputSchema = z.object({ from: day.optional(), to: day.optional(), part: z.enum(reportParts) });
export type ReportCsvInput = z.input<typeof reportCsvInputSchema>;
export const reportCsvSchema = z.object({ fileName: z.string(), csv: z.string() });
