import type { MergeFieldName } from '../../../api';
import type { MessageKey } from '../i18n/en';

// The merge fields (api/templates.ts), grouped as the owner thinks of them; the type keeps every
// name one the contract knows, and a test checks none is left out.
export const mergeFieldGroups = [
  { label: 'messages.fields.group.contact', fields: ['first_name', 'last_name', 'email', 'interest'] },
  { label: 'messages.fields.group.about', fields: ['cart_items', 'cart_list', 'cart_value', 'checkout_link', 'last_order_date'] },
  {
    label: 'messages.fields.group.business',
    fields: ['business_name', 'sender_name', 'reply_address', 'postal_address', 'website', 'review_link', 'promo_code', 'promo_offer', 'guarantee', 'reviews_url', 'faq_url'],
  },
] as const satisfies readonly { label: MessageKey; fields: readonly MergeFieldName[] }[];

export type MergeField = (typeof mergeFieldGroups)[number]['fields'][number];

export const mergeFieldNames: readonly string[] = mergeFieldGroups.flatMap((group) => group.fields);

// Fields the owner fills once under "Business and sending"; the others come from the contact.
const businessFields: readonly string[] = mergeFieldGroups[2].fields;
export const isBusinessField = (field: string): boolean => businessFields.includes(field);

export const isMergeField = (field: string): field is MergeField => mergeFieldNames.includes(field);

// Same token syntax as core's parser: {{field}} is required, {{field|fallback}} is not, and
// neither is a field inside its own section, {{#field}}…{{field}}…{{/field}}.
const TOKEN = /\{\{\s*([a-z_][a-z0-9_]*)\s*(\|[^}]*)?\}\}/g;
const SECTION = /\{\{\s*[#^]\s*([a-z_][a-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\s*\/\s*\1\s*\}\}/g;
const guarded = (text: string): string =>
  text.replace(SECTION, (_, field: string, inner: string) => `{{${field}|}}${inner.replace(new RegExp(`\\{\\{\\s*${field}\\s*\\}\\}`, 'g'), `{{${field}|}}`)}`);

export type FieldUse = { used: string[]; required: string[]; unknown: string[] };

export const fieldUse = (...texts: string[]): FieldUse => {
  const used = new Set<string>();
  const required = new Set<string>();
  for (const text of texts) {
    for (const match of guarded(text).matchAll(TOKEN)) {
      used.add(match[1]!);
      if (match[2] === undefined) required.add(match[1]!);
    }
  }
  return { used: [...used], required: [...required], unknown: [...used].filter((field) => !isMergeField(field)) };
};

export type Insertion = { text: string; caret: number };

// Puts {{field}} where the caret is (replacing a selection), and says where the caret goes next.
export const insertField = (text: string, field: string, start: number, end: number): Insertion => {
  const token = `{{${field}}}`;
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
};
