import { z } from 'zod';
import { programIds } from './outbox';
import { reviewPolicyFlagSchema } from './review-policy';

export const templateLanguages = ['fr', 'en'] as const;

// The merge fields a template can name, as {{field}} or {{field|fallback}} (core/templates).
export const mergeFieldNames = [
  'first_name', 'last_name', 'email', 'interest', 'cart_items', 'cart_list', 'cart_value', 'checkout_link', 'last_order_date',
  'business_name', 'sender_name', 'reply_address', 'postal_address', 'website', 'review_link', 'promo_code', 'promo_offer',
  'guarantee', 'reviews_url', 'faq_url',
] as const;
export type MergeFieldName = (typeof mergeFieldNames)[number];

export const templateKeySchema = z.object({
  program: z.enum(programIds),
  step: z.number().int().min(1).max(3),
  language: z.enum(templateLanguages),
});

export const templateSchema = templateKeySchema.extend({
  subject: z.string(),
  body: z.string(),
  // The owner changed it; reset brings the shipped text back.
  isEdited: z.boolean(),
  // Merge fields the text uses, and the ones without a fallback (a message lacking them waits).
  fields: z.array(z.string()),
  requiredFields: z.array(z.string()),
  // A review request that offers a reward or asks only for good reviews (Google's policy).
  policyFlags: z.array(reviewPolicyFlagSchema),
});
export type Template = z.infer<typeof templateSchema>;

export const templateUpdateSchema = templateKeySchema.extend({
  subject: z.string().trim().min(1, { error: 'A template needs a subject.' }).max(300),
  body: z.string().trim().min(1, { error: 'A template needs a text.' }).max(20_000),
});

const renderedSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), subject: z.string(), text: z.string(), html: z.string() }),
  z.object({ ok: z.literal(false), missing: z.array(z.string()) }),
]);

export const templatePreviewInputSchema = z.object({
  program: z.enum(programIds),
  step: z.number().int().min(1).max(3),
  contactId: z.string().min(1),
});
// Both languages side by side, each as it would go to this contact.
export const templatePreviewSchema = z.object({ fr: renderedSchema, en: renderedSchema });
