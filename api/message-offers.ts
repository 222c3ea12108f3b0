import { z } from 'zod';

// What the cart messages say about the offer (docs/practice.md: value before price): the guarantee
// and the reviews and questions pages for cart 2, what the promo code gives for cart 3. Texts are
// per language, as the message is; each sentence is left out when its setting is empty.
const phrase = (max: number) => z.string().trim().max(max, { error: `At most ${max} characters.` });
const pageUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://.' })]);

export const messageOffersShape = {
  // "30 days to change your mind" / « 30 jours pour changer d’avis ».
  guaranteeFr: phrase(200),
  guaranteeEn: phrase(200),
  reviewsUrl: pageUrl,
  faqUrl: pageUrl,
  // "10% off" / « 10 % de réduction ».
  promoOfferFr: phrase(120),
  promoOfferEn: phrase(120),
  // The code per language; empty means `promoCode`, the one for every language.
  promoCodeFr: phrase(60),
  promoCodeEn: phrase(60),
};

export const defaultMessageOffers = {
  guaranteeFr: '', guaranteeEn: '', reviewsUrl: '', faqUrl: '', promoOfferFr: '', promoOfferEn: '', promoCodeFr: '', promoCodeEn: '',
};
export type MessageOffers = { [K in keyof typeof defaultMessageOffers]: string };
