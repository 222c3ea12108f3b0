import type { enOffers } from './en-offers';

// Textes français de ce que disent les messages de panier et de la règle d’avis de Google,
// mêmes clés que en-offers.ts.
export const frOffers: Record<keyof typeof enOffers, string> = {
  'offers.legend': 'Ce que disent les messages de panier',
  'offers.hint': 'Chaque phrase est retirée du message tant que son champ est vide.',
  'offers.guaranteeFr': 'Garantie, en français (message 2)',
  'offers.guaranteeEn': 'Garantie, en anglais (message 2)',
  'offers.guaranteeHint': 'Complète la phrase « Chaque commande est couverte par notre garantie : … », par exemple « 30 jours pour changer d’avis ».',
  'offers.reviewsUrl': 'Page des avis de vos clients (message 2)',
  'offers.faqUrl': 'Page des questions fréquentes (message 2)',
  'offers.promoOfferFr': 'Ce que donne le code, en français (message 3)',
  'offers.promoOfferEn': 'Ce que donne le code, en anglais (message 3)',
  'offers.promoOfferHint': 'Complète la phrase « Avec ce code, vous bénéficiez de … », par exemple « 10 % de réduction » ou « la livraison offerte ».',
  'offers.promoCodeFr': 'Code promo des messages en français',
  'offers.promoCodeEn': 'Code promo des messages en anglais',
  'offers.promoCodeByLanguageHint': 'Laissez-le vide pour utiliser le code promo ci-dessus.',

  'messages.field.cart_list': 'Articles du panier, un par ligne',
  'messages.field.promo_offer': 'Ce que donne le code',
  'messages.field.guarantee': 'Garantie',
  'messages.field.reviews_url': 'Page des avis',
  'messages.field.faq_url': 'Page des questions fréquentes',

  'policy.title': 'Google n’autorise pas cela dans une demande d’avis',
  'policy.incentive': 'Ce texte offre quelque chose en échange d’un avis (« {phrase} ») : une réduction, un cadeau, un tirage au sort ou un remboursement, tout compte. Google peut supprimer ces avis.',
  'policy.gating': 'Ce texte ne demande que des avis positifs (« {phrase} »). Demandez à chaque client un avis sincère, qu’il soit bon ou moins bon.',
  'policy.held': 'Les messages avec ce texte attendent dans la boîte d’envoi et ne peuvent pas être approuvés tant que vous ne l’avez pas modifié.',
  'rule.review.incentive': 'Cette demande d’avis ne peut pas être approuvée : elle offre quelque chose en échange d’un avis (« {phrase} »), ce que Google interdit. Modifiez le texte, puis approuvez-la.',
  'rule.review.gating': 'Cette demande d’avis ne peut pas être approuvée : elle ne demande que des avis positifs (« {phrase} »), ce que Google interdit. Modifiez le texte, puis approuvez-la.',
  'outbox.reason.policy.incentive': 'en attente : le texte offre quelque chose en échange d’un avis (« {phrase} »), ce que Google interdit ; modifiez-le',
  'outbox.reason.policy.gating': 'en attente : le texte ne demande que des avis positifs (« {phrase} »), ce que Google interdit ; modifiez-le',
};
