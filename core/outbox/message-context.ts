import type { ProgramId, Settings } from '../../api';
import type { BusinessIdentity, CartItem, MessageSubject } from '../templates/merge-values';
import type { ContactFile } from './outbox-facts';
import { hasCompleted } from '../programs/program-types';

export const businessOf = (settings: Settings): BusinessIdentity => ({
  businessName: settings.business.name,
  senderName: settings.business.senderName,
  replyAddress: settings.business.replyAddress,
  postalAddress: settings.business.postalAddress,
  website: settings.business.website,
  googlePlaceId: settings.googlePlaceId,
  promoCode: settings.promoCode,
  offers: {
    guaranteeFr: settings.guaranteeFr, guaranteeEn: settings.guaranteeEn, reviewsUrl: settings.reviewsUrl, faqUrl: settings.faqUrl,
    promoOfferFr: settings.promoOfferFr, promoOfferEn: settings.promoOfferEn, promoCodeFr: settings.promoCodeFr, promoCodeEn: settings.promoCodeEn,
  },
});

// Items (name and quantity) from an event's items JSON; anything unreadable is left out rather
// than shown raw, and a quantity that is not a whole number above 0 counts as one.
const cartItems = (json: string | null): CartItem[] => {
  if (!json) return [];
  try {
    const items = JSON.parse(json) as { name?: unknown; quantity?: unknown }[];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item) => {
      if (typeof item?.name !== 'string' || item.name.trim() === '') return [];
      const quantity = typeof item.quantity === 'number' && Number.isInteger(item.quantity) && item.quantity > 0 ? item.quantity : 1;
      return [{ name: item.name, quantity }];
    });
  } catch {
    return [];
  }
};

// What a message is about: the latest cart for cart recovery, the latest order for all.
export const aboutFor = (file: ContactFile, program: ProgramId): MessageSubject => {
  const lastOrder = file.timeline.filter((f) => f.type === 'order' && hasCompleted(f)).at(-1);
  if (program !== 'cart-recovery') return { lastOrderAt: lastOrder?.occurredAt ?? null };
  const cart = file.timeline.filter((f) => f.type === 'abandoned_cart').at(-1);
  return {
    cartItems: cartItems(cart?.items ?? null),
    cartValueMinor: cart?.amountMinor ?? null,
    currency: cart?.currency ?? null,
    checkoutLink: cart?.link ?? null,
    lastOrderAt: lastOrder?.occurredAt ?? null,
  };
};
