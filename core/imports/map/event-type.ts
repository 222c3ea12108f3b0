import type { ImportEventType } from '../types';
import { fold } from './fold';

// An event type column's value ("order", "Commande", "Donation Payment", "abandoned checkout",
// "Panier abandonné", "Remboursement", "fulfilled") as one of our event types, or null.
// Checked in this order because the words combine: a "Payment Refund" is a refund, a
// "Donation Payment" a donation, an "abandoned checkout" no order.

const rules: [RegExp, ImportEventType][] = [
  [/\b(refunds?|refunded|rembours\w*|reversal|chargeback|avoir)\b/, 'refund'],
  [/\b(abandon\w*|carts?|paniers?)\b/, 'abandoned_cart'],
  // A shop's browse data and a freelancer's quotes: "Product viewed", "Produit consulté", "browse".
  [/\b(viewed|views?|browsed?|browsing|consultes?|consultees?|vus?|vues?)\b/, 'product_viewed'],
  [/\b(quotes?|quotations?|estimates?|devis|proposals?)\b/, 'quote_sent'],
  [/\b(donations?|dons?|donate|gifts?|giving|mecenat)\b/, 'donation'],
  [/\b(deliver\w*|livraison|livre|livree|fulfilled|fulfillment|shipped|shipment|expedi\w*)\b/, 'delivery'],
  [/\b(orders?|commandes?|achats?|purchases?|sales?|ventes?|payments?|paiements?|checkout|subscription|abonnement)\b/, 'order'],
];

export const readEventType = (value: string): ImportEventType | null => {
  const key = fold(value);
  for (const [pattern, type] of rules) if (pattern.test(key)) return type;
  return null;
};
