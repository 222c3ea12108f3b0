import type { EventOutcome } from '../../api';

// What became of an order, a gift, a cart or a refund, read from the status word its export
// wrote (kept as it is in contact_events.status). Only a 'completed' order or donation is money
// in (C8). Migration 0012 fills existing rows with the same words: keep the two in step
// (outcome.test.ts runs both over every word below).

// Words as exports write them, compared lower-cased without accents, with "_" and "-" read as
// spaces ("partially_refunded", "on-hold").
const WORDS: Record<Exclude<EventOutcome, 'abandoned'>, readonly string[]> = {
  completed: [
    // Stripe, PayPal, WooCommerce (processing: paid, waiting to be shipped), Shopify, the corpus.
    'paid', 'succeeded', 'completed', 'complete', 'processing', 'cleared',
    // An authorised card was accepted: the buyer finished paying, the capture is the shop's step
    // (Shopify "authorized", Stripe "Uncaptured", HelloAsso "Autorisé" is its normal paid state).
    'authorized', 'authorised', 'uncaptured',
    // Part of the money came and the purchase stands; a refund row, if any, nets it.
    'partially paid', 'partially refunded',
    // HelloAsso, and French words typed in a generic file.
    'validé', 'validée', 'autorisé', 'autorisée', 'payé', 'payée', 'réglé', 'réglée', 'terminé', 'terminée', 'encaissé', 'encaissée',
  ],
  pending: [
    'pending', 'on hold', 'requires payment method', 'requires action', 'requires confirmation', 'incomplete', 'unpaid', 'uncleared',
    'unclaimed', 'held', 'awaiting payment',
    'en attente', 'en cours', 'impayé', 'impayée', 'non payé', 'non payée', 'en attente de paiement',
  ],
  failed: ['failed', 'denied', 'declined', 'refused', 'expired', 'échoué', 'échouée', 'échec', 'refusé', 'refusée', 'expiré', 'expirée'],
  cancelled: ['cancelled', 'canceled', 'voided', 'void', 'annulé', 'annulée'],
  refunded: ['refunded', 'reversed', 'chargeback', 'remboursé', 'remboursée'],
  recovered: ['recovered', 'converted', 'récupéré', 'récupérée', 'converti', 'convertie'],
};
const ABANDONED_WORDS: readonly string[] = ['abandoned', 'abandonné', 'abandonnée'];

export const foldStatus = (status: string): string =>
  status.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

const BY_WORD = new Map<string, EventOutcome>();
for (const [outcome, words] of Object.entries(WORDS) as [EventOutcome, readonly string[]][]) {
  for (const word of words) BY_WORD.set(foldStatus(word), outcome);
}
for (const word of ABANDONED_WORDS) BY_WORD.set(foldStatus(word), 'abandoned');

// Every word the mapping knows, as written above (for the migration's test and the docs).
export const knownStatusWords = (): string[] => [...Object.values(WORDS).flat(), ...ABANDONED_WORDS];

// The outcome of an event of `type` whose export wrote `status`. No status, or a word not
// known: an order or gift is 'completed' (what an export without a status means), a cart
// 'abandoned'. Other kinds (a delivery, a reply…) are simply done.
export const outcomeOf = (type: string, status: string | null): EventOutcome => {
  const said = status === null ? undefined : BY_WORD.get(foldStatus(status));
  switch (type) {
    case 'abandoned_cart':
      // A cart is either still open or the shop got it paid.
      return said === 'recovered' || said === 'completed' ? 'recovered' : 'abandoned';
    case 'order':
    case 'donation':
      if (said === undefined) return 'completed';
      // "Recovered" on an order is the shop saying the sale came back: it completed.
      return said === 'recovered' ? 'completed' : said;
    case 'refund':
      // A refund that was "refunded" or "completed" took the money back; one that failed did not.
      return said === 'pending' || said === 'failed' || said === 'cancelled' ? said : 'completed';
    default:
      return 'completed';
  }
};

// The outcomes a person may log by hand for each kind (the event form offers these).
export const LOGGABLE_OUTCOMES: Partial<Record<string, readonly EventOutcome[]>> = {
  order: ['completed', 'pending', 'failed', 'cancelled', 'refunded'],
  donation: ['completed', 'pending', 'failed', 'cancelled', 'refunded'],
  abandoned_cart: ['abandoned', 'recovered'],
};

export const defaultOutcomeOf = (type: string): EventOutcome => outcomeOf(type, null);

// How far along an event is: a later export may move it on (pending → completed, abandoned →
// recovered, completed → refunded), never back. A re-import of an older file, or the same
// order seen again, leaves what the timeline already knows.
const STAGE: Record<EventOutcome, number> = { pending: 0, abandoned: 0, failed: 1, completed: 2, recovered: 2, cancelled: 3, refunded: 3 };

export const movesOn = (stored: EventOutcome, incoming: EventOutcome): boolean => STAGE[incoming] > STAGE[stored];
