import { z } from 'zod';

export const monthlyStatsInputSchema = z
  .object({
    // Calendar months (UTC) ending with the current one.
    months: z.number().int().min(1).max(120).default(24),
    // The currency whose orders and donations are counted; absent: the one most used in the window.
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code such as EUR.' })
      .optional(),
  })
  .default({ months: 24 });
export type MonthlyStatsInput = z.input<typeof monthlyStatsInputSchema>;

export const monthFiguresSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  orders: z.number().int(),
  ordersMinor: z.number().int(),
  // Refunded donations are left out, as in the LYBUNT and SYBUNT segments.
  donations: z.number().int(),
  donationsMinor: z.number().int(),
});
export type MonthFigures = z.infer<typeof monthFiguresSchema>;

export const monthlyStatsSchema = z.object({
  // Amounts are in minor units of this currency; null when no order or donation has one. Events
  // without a currency are counted with it; events in other currencies are not added to it.
  currency: z.string().nullable(),
  // Every currency in the window, most used first, so the UI can offer the others.
  currencies: z.array(z.string()),
  // One entry per month, oldest first; months with nothing are zeros.
  months: z.array(monthFiguresSchema),
});
export type MonthlyStats = z.infer<typeof monthlyStatsSchema>;
