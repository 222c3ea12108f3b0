import { brevo } from './brevo';
import { donorbox } from './donorbox';
import { googleContacts, googleContactsLegacy } from './google-contacts';
import { helloAsso, helloAssoParticipants } from './helloasso';
import { hubSpot } from './hubspot';
import { mailchimp } from './mailchimp';
import { outlook } from './outlook';
import { payPal } from './paypal';
import type { Preset } from './preset';
import { relanceContacts, relanceEvents } from './relance-corpus';
import { shopifyCustomers, shopifyCustomersLegacy, shopifyOrders } from './shopify';
import { stripeCustomers, stripePayments } from './stripe';
import { vcard } from './vcard';
import { wooCommerceCustomers, wooCommerceOrders } from './woocommerce';
import { wooCommerceAnalyticsCustomers, wooCommerceAnalyticsOrders } from './woocommerce-analytics';

// Every known layout. On equal scores the earlier one wins.
export const presets: readonly Preset[] = [
  googleContacts,
  googleContactsLegacy,
  outlook,
  vcard,
  shopifyOrders,
  shopifyCustomers,
  shopifyCustomersLegacy,
  wooCommerceOrders,
  wooCommerceCustomers,
  wooCommerceAnalyticsOrders,
  wooCommerceAnalyticsCustomers,
  mailchimp,
  helloAsso,
  helloAssoParticipants,
  donorbox,
  stripePayments,
  stripeCustomers,
  payPal,
  hubSpot,
  brevo,
  relanceContacts,
  relanceEvents,
];
