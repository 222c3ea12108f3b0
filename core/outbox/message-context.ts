import type { ProgramId, Settings } from '../../api';
import type { BusinessIdentity, MessageSubject } from '../templates/merge-values';
import type { ContactFile } from './outbox-facts';

export const businessOf = (settings: Settings): BusinessIdentity => ({
  businessName: settings.business.name,
  senderName: settings.business.senderName,
  replyAddress: settings.business.replyAddress,
  postalAddress: settings.business.postalAddress,
  website: settings.business.website,
  googlePlaceId: settings.googlePlaceId,
  promoCode: settings.promoCode,
});

// Item names from an event's items JSON; anything unreadable is left out rather than shown raw.
const itemNames = (json: string | null): string[] => {
  if (!json) return [];
  try {
    const items = JSON.parse(json) as { name?: unknown }[];
    return Array.isArray(items) ? items.map((item) => (typeof item.name === 'string' ? item.name : '')).filter(Boolean) : [];
  } catch {
    return [];
  }
};

// What a message is about: the latest cart for cart recovery, the latest order for all.
export const aboutFor = (file: ContactFile, program: ProgramId): MessageSubject => {
  const lastOrder = file.timeline.filter((f) => f.type === 'order').at(-1);
  if (program !== 'cart-recovery') return { lastOrderAt: lastOrder?.occurredAt ?? null };
  const cart = file.timeline.filter((f) => f.type === 'abandoned_cart').at(-1);
  return {
    cartItems: itemNames(cart?.items ?? null),
    cartValueMinor: cart?.amountMinor ?? null,
    currency: cart?.currency ?? null,
    checkoutLink: cart?.link ?? null,
    lastOrderAt: lastOrder?.occurredAt ?? null,
  };
};
