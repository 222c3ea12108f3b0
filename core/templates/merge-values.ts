import { writeReviewLink, type MergeFieldName } from '../../api';
import type { MergeValues } from './render-template';
import type { TemplateLanguage } from './shipped-templates';

// What the owner set once (settings) and what the message is about (a cart, an order, an
// interest): the merge fields a template can name.
export type BusinessIdentity = {
  businessName: string;
  senderName: string;
  replyAddress: string;
  postalAddress: string;
  website: string;
  googlePlaceId: string;
  promoCode: string;
};

export type MergeContact = { firstName: string; lastName: string; email: string | null; interest?: string };

export type MessageSubject = {
  cartItems?: readonly string[];
  cartValueMinor?: number | null;
  currency?: string | null;
  checkoutLink?: string | null;
  lastOrderAt?: number | null;
};



// Formatters are costly to build; one per language and currency serves every message.
const formatters = new Map<string, Intl.NumberFormat>();
const money = (minor: number, currency: string, language: TemplateLanguage): string => {
  const key = `${language}:${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency });
    formatters.set(key, format);
  }
  return format.format(minor / 100);
};

const dates: Record<TemplateLanguage, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }),
};

const lists: Record<TemplateLanguage, Intl.ListFormat> = {
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
  fr: new Intl.ListFormat('fr', { type: 'conjunction' }),
};
const listOf = (items: readonly string[], language: TemplateLanguage): string => lists[language].format(items.filter((item) => item.trim() !== ''));

export const mergeValues = (
  contact: MergeContact,
  business: BusinessIdentity,
  about: MessageSubject,
  language: TemplateLanguage,
): MergeValues & Record<MergeFieldName, string | null> => ({
  first_name: contact.firstName,
  last_name: contact.lastName,
  email: contact.email,
  interest: contact.interest ?? '',
  cart_items: about.cartItems?.length ? listOf(about.cartItems, language) : '',
  cart_value: about.cartValueMinor != null && about.currency ? money(about.cartValueMinor, about.currency, language) : '',
  checkout_link: about.checkoutLink ?? '',
  last_order_date: about.lastOrderAt != null ? dates[language].format(about.lastOrderAt) : '',
  business_name: business.businessName,
  sender_name: business.senderName || business.businessName,
  reply_address: business.replyAddress,
  postal_address: business.postalAddress,
  website: business.website,
  review_link: writeReviewLink(business.googlePlaceId),
  promo_code: business.promoCode,
});
