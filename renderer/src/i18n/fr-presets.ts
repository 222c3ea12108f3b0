import type { enPresets } from './en-presets';

// Les noms des exports reconnus, mêmes clés que en-presets.ts ; les marques restent telles quelles.
export const frPresets: Record<keyof typeof enPresets, string> = {
  'import.preset.generic': 'Autre fichier (colonnes devinées par leur nom)',
  'import.preset.google-contacts': 'Google Contacts',
  'import.preset.google-contacts-legacy': 'Google Contacts (ancienne présentation)',
  'import.preset.outlook': 'Outlook',
  'import.preset.vcard': 'vCard',
  'import.preset.shopify-orders': 'Shopify (commandes)',
  'import.preset.shopify-customers': 'Shopify (clients)',
  'import.preset.shopify-customers-legacy': 'Shopify (clients, ancienne présentation)',
  'import.preset.woocommerce-orders': 'WooCommerce (commandes)',
  'import.preset.woocommerce-customers': 'WooCommerce (clients)',
  'import.preset.woocommerce-analytics-orders': 'WooCommerce Analytics (commandes)',
  'import.preset.woocommerce-analytics-customers': 'WooCommerce Analytics (clients)',
  'import.preset.mailchimp': 'Mailchimp (audience)',
  'import.preset.helloasso': 'HelloAsso (paiements)',
  'import.preset.helloasso-participants': 'HelloAsso (participants)',
  'import.preset.donorbox': 'Donorbox',
  'import.preset.stripe-payments': 'Stripe (paiements)',
  'import.preset.stripe-customers': 'Stripe (clients)',
  'import.preset.paypal': 'PayPal (activité)',
  'import.preset.hubspot': 'HubSpot (contacts)',
  'import.preset.brevo': 'Brevo, ex-Sendinblue (contacts)',
  'import.preset.relance-contacts': 'Relance (contacts)',
  'import.preset.relance-events': 'Relance (événements)',
};
