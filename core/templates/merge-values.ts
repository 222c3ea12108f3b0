import { writeReviewLink, type MergeFieldName, type MessageOffers } from '../../api';
import { isolatedIfNeeded } from '../../api/bidi';
import { isWebLink } from '../text/web-link';
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
  // The cart messages' guarantee, pages and offer, per language (Settings → Programs).
  offers?: MessageOffers;
};

export type MergeContact = { firstName: string; lastName: string; email: string | null; interest?: string };

export type CartItem = { name: string; quantity: number };

export type MessageSubject = {
  cartItems?: readonly CartItem[];
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

// "A, B and C" / « A, B et C »: British English writes no comma before "and".
const lists: Record<TemplateLanguage, Intl.ListFormat> = {
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
  fr: new Intl.ListFormat('fr', { type: 'conjunction' }),
};
const named = (items: readonly CartItem[]) => items.filter((item) => item.name.trim() !== '');
const listOf = (items: readonly CartItem[], language: TemplateLanguage): string => lists[language].format(named(items).map((item) => item.name.trim()));

// Item names carry no article or gender ("Linen apron"), so inside a sentence they would read
// bare: the shipped texts show them as a list, one a line, with the quantity when there are several.
const bulletsOf = (items: readonly CartItem[]): string =>
  named(items).map((item) => `• ${item.quantity > 1 ? `${item.quantity} × ` : ''}${item.name.trim()}`).join('\n');

// A phrase that a template ends with its own full stop: the owner's "30 days to change your mind."
// loses its final one rather than reading "mind..".
const phrase = (text: string | undefined): string => (text ?? '').trim().replace(/\s*\.+$/, '');

const inLanguage = (offers: MessageOffers | undefined, language: TemplateLanguage) => ({
  guarantee: phrase(language === 'fr' ? offers?.guaranteeFr : offers?.guaranteeEn),
  promoOffer: phrase(language === 'fr' ? offers?.promoOfferFr : offers?.promoOfferEn),
  promoCode: (language === 'fr' ? offers?.promoCodeFr : offers?.promoCodeEn)?.trim() ?? '',
});

export const mergeValues = (
  contact: MergeContact,
  business: BusinessIdentity,
  about: MessageSubject,
  language: TemplateLanguage,
): MergeValues & Record<MergeFieldName, string | null> => {
  const offer = inLanguage(business.offers, language);
  return {
    // A name with a bidi override is isolated, so it cannot reverse the sentence around it.
    first_name: isolatedIfNeeded(contact.firstName),
    last_name: isolatedIfNeeded(contact.lastName),
    email: contact.email,
    interest: contact.interest ?? '',
    cart_items: about.cartItems?.length ? listOf(about.cartItems, language) : '',
    cart_list: about.cartItems?.length ? bulletsOf(about.cartItems) : '',
    cart_value: about.cartValueMinor != null && about.currency ? money(about.cartValueMinor, about.currency, language) : '',
    // Checked again when sent, whatever was stored before imports checked links: never a javascript: link.
    checkout_link: about.checkoutLink && isWebLink(about.checkoutLink) ? about.checkoutLink : '',
    last_order_date: about.lastOrderAt != null ? dates[language].format(about.lastOrderAt) : '',
    business_name: business.businessName,
    sender_name: business.senderName || business.businessName,
    reply_address: business.replyAddress,
    postal_address: business.postalAddress,
    website: business.website,
    review_link: writeReviewLink(business.googlePlaceId),
    promo_code: offer.promoCode || business.promoCode,
    promo_offer: offer.promoOffer,
    guarantee: offer.guarantee,
    reviews_url: business.offers?.reviewsUrl ?? '',
    faq_url: business.offers?.faqUrl ?? '',
  };
};
