import { defaultMessageOffers, type ApiError, type MessageOffers, type Settings, type SettingsPatch } from '../../../api';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

// What the "Business and sending" form edits: the identity every message ends with, and when
// and in which language messages go, and what the cart messages say about the offer.
export type BusinessDraft = Pick<Settings, 'business' | 'timeZone' | 'messageLanguage' | 'sendWindow' | 'googlePlaceId' | 'promoCode'> & MessageOffers;

export const offerKeys = Object.keys(defaultMessageOffers) as (keyof MessageOffers)[];
const offersOf = (from: MessageOffers, clean = (value: string) => value): MessageOffers =>
  Object.fromEntries(offerKeys.map((key) => [key, clean(from[key])])) as MessageOffers;

export const businessDraftFrom = (settings: Settings): BusinessDraft => ({
  business: { ...settings.business },
  timeZone: settings.timeZone,
  messageLanguage: settings.messageLanguage,
  sendWindow: { ...settings.sendWindow, days: [...settings.sendWindow.days] },
  googlePlaceId: settings.googlePlaceId,
  promoCode: settings.promoCode,
  ...offersOf(settings),
});

const trimmed = (business: BusinessDraft['business']): BusinessDraft['business'] => ({
  name: business.name.trim(),
  senderName: business.senderName.trim(),
  replyAddress: business.replyAddress.trim(),
  postalAddress: business.postalAddress.trim(),
  website: business.website.trim(),
});

export const businessPatchFrom = (draft: BusinessDraft): SettingsPatch => ({
  business: trimmed(draft.business),
  timeZone: draft.timeZone,
  messageLanguage: draft.messageLanguage,
  sendWindow: { ...draft.sendWindow, days: [...draft.sendWindow.days].sort((a, b) => a - b) },
  googlePlaceId: draft.googlePlaceId.trim(),
  promoCode: draft.promoCode.trim(),
  ...offersOf(draft, (value) => value.trim()),
});

// Core words its checks in English; the window says the same thing in its own language, with
// what to type instead.
const wording: Record<string, MessageKey> = {
  'business.name': 'messages.error.tooLong',
  'business.senderName': 'messages.error.tooLong',
  'business.replyAddress': 'messages.error.replyAddress',
  'business.postalAddress': 'messages.error.tooLong',
  'business.website': 'messages.error.website',
  timeZone: 'messages.error.timeZone',
  'sendWindow.endHour': 'messages.error.window',
  'sendWindow.days': 'messages.error.days',
  googlePlaceId: 'messages.error.placeId',
  promoCode: 'messages.error.tooLong',
  guaranteeFr: 'messages.error.tooLong',
  guaranteeEn: 'messages.error.tooLong',
  promoOfferFr: 'messages.error.tooLong',
  promoOfferEn: 'messages.error.tooLong',
  promoCodeFr: 'messages.error.tooLong',
  promoCodeEn: 'messages.error.tooLong',
  reviewsUrl: 'messages.error.website',
  faqUrl: 'messages.error.website',
};

// Field errors keyed by the full setting path ("business.website"), worded for this window.
export const settingsErrors = (error: ApiError | null, t: Translate): Record<string, string> => {
  const byPath: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const key = wording[issue.path];
    byPath[issue.path] ??= key ? t(key) : issue.message;
  }
  return byPath;
};
