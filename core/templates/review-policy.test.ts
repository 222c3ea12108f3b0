import { describe, expect, it } from 'vitest';
import { reviewPolicyFlags } from '../../api';
import { programSteps, shippedTemplate } from './shipped-templates';

const kinds = (text: string) => reviewPolicyFlags(text).map((flag) => flag.kind);

describe('Google review policy: rewards and asking only the happy ones', () => {
  it.each([
    ['Leave a review and get 10% off your next order!', '10% off'],
    ['Review us and receive a discount code.', 'discount code'],
    ['Every review enters a prize draw, a chance to win a hamper.', 'prize draw'],
    ['Post your review for a chance to win a hamper.', 'a chance to win'],
    ['We will send you a free gift for your feedback.', 'free gift'],
    ['Laissez un avis et recevez un bon d’achat de 10 €.', 'bon d’achat'],
    ['Un cadeau vous attend après votre avis.', 'cadeau'],
    ['Chaque avis participe au tirage au sort.', 'tirage au sort'],
    ['Nous vous offrons une réduction de 15 %.', 'vous offrons une'],
    ['Votre avis vous donne droit à un remboursement des frais de port.', 'remboursement'],
    ['LIVRAISON OFFERTE pour tout avis laissé', 'LIVRAISON OFFERTE'],
  ])('flags a reward: %s', (text, phrase) => {
    expect(reviewPolicyFlags(text)).toEqual([{ kind: 'incentive', phrase }]);
  });

  it.each([
    ['Would you give us 5 stars on Google?', '5 stars'],
    ['A positive review would mean a lot.', 'positive review'],
    ['If you are happy with your order, tell others on Google!', 'If you are happy'],
    ["If you're not satisfied, write to us instead.", "If you're not satisfied"],
    ['Pourriez-vous nous mettre 5 étoiles ?', '5 étoiles'],
    ['Un avis positif nous aiderait beaucoup.', 'avis positif'],
    ['Si vous êtes satisfaite, laissez-nous un mot sur Google.', 'Si vous êtes satisfaite'],
    ['Si votre commande vous a plu, dites-le sur Google.', 'Si votre commande vous a plu'],
  ])('flags asking only for good reviews: %s', (text, phrase) => {
    expect(reviewPolicyFlags(text)).toEqual([{ kind: 'gating', phrase }]);
  });

  it('names both when a text does both, each once', () => {
    expect(kinds('Give us five stars and get a voucher. A 5-star review helps!')).toEqual(['incentive', 'gating']);
  });

  it('leaves the shipped review requests and honest asks alone', () => {
    for (const step of programSteps['review-request']) {
      for (const language of ['fr', 'en'] as const) {
        const text = shippedTemplate({ program: 'review-request', step, language })!;
        expect(reviewPolicyFlags(text.subject, text.body), `${step} ${language}`).toEqual([]);
      }
    }
    for (const text of [
      'Would you leave a review on Google, good or bad? It takes a minute.',
      'Tell us what you really think, even if something went wrong.',
      'Pourriez-vous laisser un avis sur Google, qu’il soit bon ou moins bon ?',
      'Votre avis, quel qu’il soit, aide d’autres personnes à choisir. C’est gratuit et rapide.',
      'La remise en main propre s’est-elle bien passée ? Cela vous fera gagner du temps de le dire.',
    ]) {
      expect(reviewPolicyFlags(text), text).toEqual([]);
    }
  });
});
