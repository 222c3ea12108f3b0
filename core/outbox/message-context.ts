import type { ProgramId, Settings } from '../../api';
import type { BusinessIdentity, CartItem, MessageSubject } from '../templates/merge-values';
import type { CartFact, ContactFile } from './outbox-facts';
import { continuesCart, isUnpaid } from '../programs/checkout-unpaid';
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

// The event a message is about, by program: the latest cart, the latest unpaid checkout (the cart
// before it filling in items and link it lacks), the latest product viewed.
const eventsAbout = (file: ContactFile, program: ProgramId): CartFact[] => {
  const latest = (matches: (f: CartFact) => boolean) => file.timeline.filter(matches).at(-1);
  const cart = latest((f) => f.type === 'abandoned_cart');
  switch (program) {
    case 'cart-recovery':
      return cart ? [cart] : [];
    case 'checkout-unpaid': {
      const checkout = latest(isUnpaid);
      return [checkout, cart && checkout && continuesCart(checkout, cart) ? cart : undefined].filter((f): f is CartFact => f !== undefined);
    }
    case 'product-viewed':
      return [latest((f) => f.type === 'product_viewed')].filter((f): f is CartFact => f !== undefined);
    default:
      return [];
  }
};

// What a message is about: the cart, checkout or product for the programs that follow one, the
// latest order for all. A checkout or a view without its own link points to the business's
// website (`fallbackLink`), so "here is the link to finish" always has one where the owner set it.
export const aboutFor = (file: ContactFile, program: ProgramId, fallbackLink = ''): MessageSubject => {
  const lastOrder = file.timeline.filter((f) => f.type === 'order' && hasCompleted(f)).at(-1);
  const events = eventsAbout(file, program);
  if (events.length === 0) return { lastOrderAt: lastOrder?.occurredAt ?? null };
  const withItems = events.find((f) => cartItems(f.items).length > 0);
  const withAmount = events.find((f) => f.amountMinor !== null);
  const link = events.find((f) => f.link)?.link ?? null;
  return {
    cartItems: cartItems(withItems?.items ?? null),
    cartValueMinor: withAmount?.amountMinor ?? null,
    currency: withAmount?.currency ?? null,
    checkoutLink: link ?? (program === 'cart-recovery' || fallbackLink === '' ? null : fallbackLink),
    lastOrderAt: lastOrder?.occurredAt ?? null,
  };
};
