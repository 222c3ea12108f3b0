import { z } from 'zod';

// Google's review policy (docs/practice.md, program 3): no reward for a review ("incentive") and no
// asking only the happy ones ("gating"). The shipped review requests do neither; an owner's edit
// is read for the usual ways of doing either, in French and English, before it can be approved.
// It lives in the contract so the template editor warns while the owner types, with the same words.
export const reviewPolicyKinds = ['incentive', 'gating'] as const;
export const reviewPolicyFlagSchema = z.object({
  kind: z.enum(reviewPolicyKinds),
  // The words that raised it, as the owner wrote them.
  phrase: z.string(),
});
export type ReviewPolicyFlag = z.infer<typeof reviewPolicyFlagSchema>;

// Lower case, no accents, straight apostrophes: "Réduction" and "reduction" read alike. Each
// character folds to one of the same length, so a match's position is its position in the text.
const fold = (text: string): string =>
  [...text]
    .map((ch) => {
      const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`´]/g, "'");
      return folded.length === ch.length ? folded : ch;
    })
    .join('');

const words = (patterns: string[]): RegExp => new RegExp(patterns.map((p) => String.raw`\b(?:${p})\b`).join('|'), 'g');

const INCENTIVE = words([
  // English
  String.raw`(?:promo|promotional|discount|coupon|voucher|gift) codes?`, String.raw`discounts?`, String.raw`\d+ ?% off`, String.raw`coupons?`,
  String.raw`vouchers?`, String.raw`gift cards?`, String.raw`(?:a|free|little|small) gifts?`, String.raw`rewards?`, String.raw`rewarded`,
  String.raw`refunds?`, String.raw`cash ?back`, String.raw`(?:a )?chances? to win`, String.raw`win (?:a|an|one)`, String.raw`prize draw`,
  String.raw`giveaways?`, String.raw`sweepstakes?`, String.raw`raffle`, String.raw`free (?:shipping|delivery|samples?|products?|items?|gifts?)`,
  String.raw`in exchange for (?:a|your) (?:review|feedback|opinion)`, String.raw`(?:loyalty|bonus) points`,
  // French
  String.raw`reductions?`, String.raw`(?:une|des|\d+ ?%(?: de)?) remises?`, String.raw`remises? (?:de|sur) (?:\d|votre|la|le|vos)`, String.raw`rabais`,
  String.raw`code (?:promo|de reduction|avantage|cadeau)`, String.raw`bons? d'achat`, String.raw`bons? de reduction`, String.raw`cartes? cadeaux?`,
  String.raw`cadeaux?`, String.raw`(?:livraisons?|frais de port|echantillons?|produits?|articles?|bons?|codes?|mois) (?:offerte?s?|gratuite?s?)`,
  String.raw`vous (?:offrons|offrirons|offre) (?:un|une|le|la|les|des|\d)`, String.raw`rembourse(?:ment|e|r|rons)?`, String.raw`tirage au sort`,
  String.raw`(?:a|pour|de|et) gagner`, String.raw`gagnez`, String.raw`concours`, String.raw`recompenses?`, String.raw`recompenser`,
  String.raw`en echange (?:de|d'un|d'une) (?:votre )?(?:avis|commentaire)`, String.raw`points de fidelite`,
]);

const GATING = words([
  // English
  String.raw`(?:5|five)[ -]stars?`, String.raw`(?:positive|good|great|glowing|nice|excellent) reviews?`,
  String.raw`if you(?: are| were|'re| feel| felt) (?:happy|satisfied|pleased|delighted)`, String.raw`if you (?:liked|loved|enjoyed)`,
  String.raw`if you(?: are| were|'re) (?:not happy|unhappy|not satisfied|unsatisfied|dissatisfied)`, String.raw`(?:only )?happy customers`,
  String.raw`if you(?: had|'ve had| have had) a (?:good|great|positive) experience`,
  // French
  String.raw`(?:5|cinq) etoiles`, String.raw`avis (?:positifs?|favorables?|elogieux)`, String.raw`(?:bons?|beaux?) avis`, String.raw`bonnes? notes?`,
  String.raw`si vous (?:etes|avez ete|etiez) (?:satisfaite?s?|contente?s?|ravie?s?|heureuse?s?|heureux)`,
  String.raw`si vous (?:avez aime|avez apprecie|l'avez aime|l'avez apprecie)`, String.raw`si (?:votre commande|notre produit|cela|ca) vous a plu`,
  String.raw`si vous n'(?:etes|avez) pas (?:ete )?(?:satisfaite?s?|contente?s?)`,
]);

// What in this text breaks the policy, each kind with the first words that raised it.
export const reviewPolicyFlags = (...texts: string[]): ReviewPolicyFlag[] => {
  const flags: ReviewPolicyFlag[] = [];
  for (const [kind, pattern] of [['incentive', INCENTIVE], ['gating', GATING]] as const) {
    for (const text of texts) {
      const match = [...fold(text).matchAll(pattern)][0];
      if (!match) continue;
      flags.push({ kind, phrase: text.slice(match.index, match.index + match[0].length) });
      break;
    }
  }
  return flags;
};
