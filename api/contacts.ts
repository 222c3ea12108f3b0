import { z } from 'zod';

export const contactKinds = ['customer', 'donor', 'prospect'] as const;
export type ContactKind = (typeof contactKinds)[number];

// Legal bases for sending (docs/practice.md, "Rules of respect").
export const consentBases = ['consent', 'soft-opt-in', 'legitimate-interest', 'charity-opt-out', 'transactional'] as const;
export type ConsentBasis = (typeof consentBases)[number];

// Where a prospect stands (C3); null for people who are not prospects.
export const prospectStatuses = ['new', 'in-discussion', 'stalled', 'won', 'lost'] as const;
export type ProspectStatus = (typeof prospectStatuses)[number];

// Why an address or a number is on the suppression list (docs/practice.md, rules of respect).
export const suppressionReasons = ['unsubscribed', 'bounced', 'complained', 'erased'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

// Figures derived from the timeline (C3), sortable like the contact's own fields.
export const figureSortKeys = [
  'lastContactAt',
  'lastOrderAt',
  'lastDonationAt',
  'givenThisYear',
  'givenLastYear',
  'lifetimeValue',
  'openCartAt',
] as const;
export type FigureSortKey = (typeof figureSortKeys)[number];

export const contactSortKeys = [
  'name',
  'email',
  'phone',
  'company',
  'kind',
  'country',
  'createdAt',
  'updatedAt',
  'prospectStatus',
  ...figureSortKeys,
] as const;
export type ContactSortKey = (typeof contactSortKeys)[number];

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max, { error: `At most ${max} characters.` });

// Computed from the timeline when read. Money in minor units of `currency` (the currency of the
// contact's latest event with an amount); refunded orders and gifts are subtracted or left out.
export const contactFiguresSchema = z.object({
  lastContactAt: isoDateTime.nullable(),
  lastOrderAt: isoDateTime.nullable(),
  lastDonationAt: isoDateTime.nullable(),
  // Gifts in the current and the previous giving year (Settings: fiscalYearStartMonth).
  givenThisYearMinor: z.number().int(),
  givenLastYearMinor: z.number().int(),
  lifetimeMinor: z.number().int(),
  // The latest abandoned cart not followed by an order, or nulls.
  openCartAt: isoDateTime.nullable(),
  openCartMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
});
export type ContactFigures = z.infer<typeof contactFiguresSchema>;

export const contactSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.string(),
  kind: z.enum(contactKinds),
  tags: z.array(z.string()),
  language: z.string().nullable(),
  country: z.string().nullable(),
  // State, province or region, and postal code: in countries of several time zones they say which.
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  notes: z.string(),
  consent: z
    .object({
      basis: z.enum(consentBases),
      source: z.string(),
      at: isoDateTime.nullable(),
    })
    .nullable(),
  prospectStatus: z.enum(prospectStatuses).nullable(),
  // When the prospect status last changed ("stalled since …").
  statusSince: isoDateTime.nullable(),
  // What a prospect was interested in, as the owner wrote it.
  interest: z.string(),
  // Set while a complaint is open: review requests wait until it is closed.
  complaintOpenSince: isoDateTime.nullable(),
  // When the person opted out (the Unsubscribe action, a reply saying stop, an import's opt-out column), or null.
  unsubscribedAt: isoDateTime.nullable(),
  // Why their address or number is on the suppression list, or null: nothing is planned while it is.
  suppressed: z.enum(suppressionReasons).nullable(),
  figures: contactFiguresSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Contact = z.infer<typeof contactSchema>;

// The longest value each field of the form takes, and the most tags: an import cuts to the same
// figures (core/imports/map/field-rules.ts), so whatever it stores the form can save again.
export const contactLimits = {
  firstName: 200,
  lastName: 200,
  email: 320,
  phone: 64,
  company: 200,
  tag: 60,
  tags: 50,
  region: 100,
  postalCode: 20,
  notes: 20_000,
  interest: 2_000,
} as const;

// What a person types in the form or an import row gives: raw strings that core normalises.
const contactFields = {
  firstName: text(contactLimits.firstName),
  lastName: text(contactLimits.lastName),
  email: text(contactLimits.email).nullable(),
  phone: text(contactLimits.phone).nullable(),
  company: text(contactLimits.company),
  kind: z.enum(contactKinds),
  tags: z.array(text(contactLimits.tag)).max(contactLimits.tags),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'Use a two-letter language code such as fr or en.' })
    .nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code such as FR or GB.' })
    .nullable(),
  region: text(contactLimits.region).nullable(),
  postalCode: text(contactLimits.postalCode).nullable(),
  notes: text(contactLimits.notes),
  consent: z
    .object({
      basis: z.enum(consentBases),
      source: text(200).default(''),
      at: isoDateTime.nullable().default(null),
    })
    .nullable(),
  prospectStatus: z.enum(prospectStatuses).nullable(),
  interest: text(contactLimits.interest),
};

export const contactInputSchema = z.object({
  firstName: contactFields.firstName.default(''),
  lastName: contactFields.lastName.default(''),
  email: contactFields.email.default(null),
  phone: contactFields.phone.default(null),
  company: contactFields.company.default(''),
  kind: contactFields.kind.default('customer'),
  tags: contactFields.tags.default([]),
  language: contactFields.language.default(null),
  country: contactFields.country.default(null),
  // Optional like the prospect's fields: a host or a file that knows nothing of them leaves them empty.
  region: contactFields.region.optional(),
  postalCode: contactFields.postalCode.optional(),
  notes: contactFields.notes.default(''),
  consent: contactFields.consent.default(null),
  // Optional rather than defaulted: absent means "not a prospect" and "nothing noted".
  prospectStatus: contactFields.prospectStatus.optional(),
  interest: contactFields.interest.optional(),
});
export type ContactInput = z.input<typeof contactInputSchema>;

// A patch names only the fields that change; no defaults, so absent fields stay as they are.
export const contactPatchSchema = z.object({
  id: z.string(),
  patch: z.object(contactFields).partial(),
});
export type ContactPatch = z.input<typeof contactPatchSchema>;

export const contactListInputSchema = z.object({
  search: text(200).default(''),
  sort: z.enum(contactSortKeys).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ContactListInput = z.input<typeof contactListInputSchema>;

export const contactListSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  rows: z.array(contactSchema),
});
export type ContactList = z.infer<typeof contactListSchema>;

export const complaintInputSchema = z.object({ id: z.string().min(1), isOpen: z.boolean() });

export const idInputSchema = z.object({ id: z.string().min(1) });
