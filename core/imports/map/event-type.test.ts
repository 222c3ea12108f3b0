import { describe, expect, it } from 'vitest';
import { readKind } from './contact-kind';
import { readEventType } from './event-type';

describe('kinds and event types', () => {
  it('reads contact kinds in English and French, HubSpot stages included', () => {
    expect(['Client', 'customer', 'Donatrice', 'donor', 'Prospect', 'lead', 'salesqualifiedlead', 'other'].map(readKind)).toEqual([
      'customer', 'customer', 'donor', 'donor', 'prospect', 'prospect', 'prospect', 'unsaid',
    ]);
    expect(readKind('martian')).toBeNull();
  });

  it('reads event types from the words exports use', () => {
    expect(
      ['order', 'Commande', 'donation', 'Don', 'abandoned_cart', 'Abandoned checkout', 'Panier abandonné', 'refund', 'Remboursement', 'Payment Refund', 'Donation Payment', 'Website Payment', 'fulfilled', 'Livraison'].map(readEventType),
    ).toEqual(['order', 'order', 'donation', 'donation', 'abandoned_cart', 'abandoned_cart', 'abandoned_cart', 'refund', 'refund', 'refund', 'donation', 'order', 'delivery', 'delivery']);
    expect(readEventType('General Withdrawal')).toBeNull();
  });

  it('reads a product viewed and a quote sent, in English and French', () => {
    expect(['product_viewed', 'Product viewed', 'Produit consulté', 'produit vu', 'browse', 'Page view'].map(readEventType)).toEqual(Array(6).fill('product_viewed'));
    expect(['quote_sent', 'Quote', 'Devis envoyé', 'Estimate', 'Proposal sent'].map(readEventType)).toEqual(Array(5).fill('quote_sent'));
    // A review is no view.
    expect(readEventType('Review')).toBeNull();
  });
});
