import { z } from 'zod';

// What the three programs need to know about the business and its rules (C5).
const text = (max: number) => z.string().trim().max(max, { error: `At most ${max} characters.` });

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const businessSchema = z.object({
  name: text(200),
  senderName: text(200),
  // Where replies go; the unsubscribe line names it too.
  replyAddress: z.union([z.literal(''), z.email({ error: 'Enter an email address such as contact@example.com.' })]),
  postalAddress: text(500),
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://.' })]),
});
export type Business = z.infer<typeof businessSchema>;

export const sendWindowSchema = z
  .object({
    // 0 = Sunday … 6 = Saturday.
    days: z.array(z.number().int().min(0).max(6)).max(7),
    startHour: z.number().int().min(0).max(23),
    endHour: z.number().int().min(1).max(24),
  })
  .refine((w) => w.startHour < w.endHour, { error: 'The window must end after it starts.', path: ['endHour'] });

export const programSwitchSchema = z.object({
  isEnabled: z.boolean(),
  // "review before sending" (the default) or send automatically.
  isAutomatic: z.boolean(),
});

export const programSettingsShape = {
  business: businessSchema,
  timeZone: z.string().refine(isTimeZone, { error: 'Use a time zone name such as Europe/Paris.' }),
  // The language of messages to contacts whose language is not known.
  messageLanguage: z.enum(['fr', 'en']),
  sendWindow: sendWindowSchema,
  // From Google Business Profile; the write-review link is built from it.
  googlePlaceId: z.string().trim().max(200).regex(/^[\w-]*$/, { error: 'A Place ID has only letters, digits, - and _.' }),
  promoCode: text(60),
  cartRecovery: programSwitchSchema,
  reactivation: programSwitchSchema.extend({
    maxPerYear: z.number().int().min(1).max(6),
    minGapMonths: z.number().int().min(1).max(24),
    coolDownDays: z.number().int().min(0).max(365),
    // Run a campaign on these segments every N months by itself; 0 = only when the owner starts one.
    autoEveryMonths: z.number().int().min(0).max(12),
    autoSegmentIds: z.array(z.string().min(1)).max(20),
  }),
  reviewRequest: programSwitchSchema.extend({
    afterDays: z.number().int().min(0).max(60),
    reminderDays: z.number().int().min(1).max(60),
  }),
  // The stage programs: their timing is the practice's, only the switches are the owner's.
  checkoutUnpaid: programSwitchSchema,
  productViewed: programSwitchSchema,
  quoteFollowUp: programSwitchSchema,
};

export const defaultProgramSettings = {
  business: { name: '', senderName: '', replyAddress: '', postalAddress: '', website: '' },
  timeZone: 'Europe/Paris',
  messageLanguage: 'fr' as const,
  sendWindow: { days: [1, 2, 3, 4, 5], startHour: 9, endHour: 18 },
  googlePlaceId: '',
  promoCode: '',
  cartRecovery: { isEnabled: true, isAutomatic: false },
  reactivation: {
    isEnabled: true, isAutomatic: false, maxPerYear: 3, minGapMonths: 5, coolDownDays: 30,
    autoEveryMonths: 0, autoSegmentIds: ['lapsed-customers', 'lybunt', 'silent-prospects'],
  },
  reviewRequest: { isEnabled: true, isAutomatic: false, afterDays: 5, reminderDays: 7 },
  checkoutUnpaid: { isEnabled: true, isAutomatic: false },
  productViewed: { isEnabled: true, isAutomatic: false },
  quoteFollowUp: { isEnabled: true, isAutomatic: false },
};

export const writeReviewLink = (placeId: string): string =>
  placeId.trim() === '' ? '' : `https://search.google.com/local/writereview?placeid=${encodeURIComponent(placeId.trim())}`;
