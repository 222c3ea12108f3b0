import { definePreset } from './preset';
import { voidRowsNotCounted } from '../row-rule';

// Donorbox's donations, as its API answers GET /api/v1/donations (donorbox/donorbox-api wiki,
// "Endpoints"): an array of donations, read as JSON and flattened (read/parse-json.ts), so the
// nested donor's fields come as "donor.email", "donor.first_name"… Each donation is a gift of
// its donor; "amount" is a decimal string ("100.0") in the lower-case "currency" ("usd").

export const donorbox = definePreset({
  id: 'donorbox',
  name: 'Donorbox',
  required: [['donor.email'], ['amount'], ['donation_date'], ['donor.first_name', 'donor.name']],
  columns: {
    'donor.email': 'email',
    'donor.first_name': 'firstName',
    'donor.last_name': 'lastName',
    'donor.name': 'fullName',
    'donor.phone': 'phone',
    'donor.id': 'sourceId',
    'donor.state': 'region',
    'donor.zip_code': 'postalCode',
    'donor.country': 'country',
    'donor.employer': 'company',
    'donor.address': 'ignore',
    'donor.city': 'ignore',
    'donor.occupation': 'ignore',
    'donor.comment': 'ignore',
    'donor.donations_count': 'ignore',
    'donor.last_donation_at': 'ignore',
    'donor.total': 'ignore',
    amount: 'event.amount',
    currency: 'event.currency',
    donation_date: 'event.date',
    id: 'event.reference',
    status: 'event.status',
    'campaign.name': 'event.itemName',
    'campaign.id': 'ignore',
    // The donor ticked "join the mailing list": their consent, dated by the gift.
    join_mailing_list: 'consent',
    formatted_amount: 'ignore',
    converted_amount: 'ignore',
    converted_net_amount: 'ignore',
    formatted_converted_amount: 'ignore',
    amount_refunded: 'ignore',
    processing_fee: 'ignore',
    recurring: 'ignore',
    first_recurring_donation: 'ignore',
    donation_type: 'ignore',
    stripe_charge_id: 'ignore',
    paypal_transaction_id: 'ignore',
    anonymous_donation: 'ignore',
    gift_aid: 'ignore',
    designation: 'ignore',
    comment: 'ignore',
    donating_company: 'ignore',
    questions: 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'donor',
  defaultEventType: 'donation',
  // A refunded or failed donation is no gift (status "refunded").
  rowRule: voidRowsNotCounted,
});
