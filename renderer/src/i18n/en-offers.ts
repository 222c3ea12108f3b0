// English texts for what the cart messages say (guarantee, pages, offer, codes per language) and
// for Google's review policy, in the Messages and Outbox screens.
export const enOffers = {
  'offers.legend': 'What the cart messages say',
  'offers.hint': 'Each sentence is left out of the message while its field is empty.',
  'offers.guaranteeFr': 'Guarantee, in French (message 2)',
  'offers.guaranteeEn': 'Guarantee, in English (message 2)',
  'offers.guaranteeHint': 'Ends the sentence “Every order comes with our guarantee: …”, such as “30 days to change your mind”.',
  'offers.reviewsUrl': 'Page of your customers’ reviews (message 2)',
  'offers.faqUrl': 'Page of common questions (message 2)',
  'offers.promoOfferFr': 'What the code gives, in French (message 3)',
  'offers.promoOfferEn': 'What the code gives, in English (message 3)',
  'offers.promoOfferHint': 'Ends the sentence “With this code, you get …”, such as “10% off” or “free shipping”.',
  'offers.promoCodeFr': 'Promo code for messages in French',
  'offers.promoCodeEn': 'Promo code for messages in English',
  'offers.promoCodeByLanguageHint': 'Leave it empty to use the promo code above.',

  'messages.field.cart_list': 'Cart items, one a line',
  'messages.field.promo_offer': 'What the code gives',
  'messages.field.guarantee': 'Guarantee',
  'messages.field.reviews_url': 'Reviews page',
  'messages.field.faq_url': 'Common questions page',

  'policy.title': 'Google does not allow this in a review request',
  'policy.incentive': 'This text offers something in return for a review (“{phrase}”): a discount, a gift, a draw or a refund all count. Google may remove such reviews.',
  'policy.gating': 'This text asks only for good reviews (“{phrase}”). Ask every customer for an honest review, good or bad.',
  'policy.held': 'Messages with this text wait in the Outbox and cannot be approved until you change it.',
  'rule.review.incentive': 'This review request cannot be approved: it offers something in return for a review (“{phrase}”), which Google forbids. Change the text, then approve it.',
  'rule.review.gating': 'This review request cannot be approved: it asks only for good reviews (“{phrase}”), which Google forbids. Change the text, then approve it.',
  'outbox.reason.policy.incentive': 'held: it offers something in return for a review (“{phrase}”), which Google forbids; change the text',
  'outbox.reason.policy.gating': 'held: it asks only for good reviews (“{phrase}”), which Google forbids; change the text',
};
