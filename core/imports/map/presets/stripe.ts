import { definePreset } from './preset';

// Stripe dashboard exports. Payments (unified_payments.csv): header names from public code that
// reads them ("id", "Description", "Created (UTC)" — "Created date (UTC)" in newer exports —
// "Amount", "Amount Refunded", "Currency" (lower case), "Status" (Paid, Refunded, Failed),
// "Customer ID", "Customer Description", "Customer Email", "Card Name", "Card Address Country"…).
// Customers (unified_customers.csv): "id", "Email", "Name", "Description", "Created (UTC)",
// "Phone"…; these names are from the brief and Stripe's dashboard, no public file was found.
// Stripe serves shops and charities alike; payments default to orders (the mapping can say donation).

export const stripePayments = definePreset({
  id: 'stripe-payments',
  name: 'Stripe payments',
  required: [['Customer Email'], ['Amount'], ['Created (UTC)', 'Created date (UTC)']],
  columns: {
    id: 'event.reference',
    'Created (UTC)': 'event.date',
    'Created date (UTC)': 'event.date',
    Amount: 'event.amount',
    Currency: 'event.currency',
    Status: 'event.status',
    'Customer ID': 'sourceId',
    'Customer Email': 'email',
    'Customer Name': 'fullName',
    'Card Name': 'fullName',
    'Customer Phone': 'phone',
    'Card Address Country': 'country',
    'Card Address State': 'region',
    'Card Address Zip': 'postalCode',
    'Converted Amount': 'ignore',
    'Converted Currency': 'ignore',
    'Amount Refunded': 'ignore',
    Description: 'ignore',
    'Customer Description': 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: 'order',
});

export const stripeCustomers = definePreset({
  id: 'stripe-customers',
  name: 'Stripe customers',
  required: [['id'], ['Email'], ['Created (UTC)', 'Created date (UTC)']],
  columns: {
    id: 'sourceId',
    Email: 'email',
    Name: 'fullName',
    Description: 'notes',
    'Created (UTC)': 'createdAt',
    'Created date (UTC)': 'createdAt',
    Phone: 'phone',
    'Address Country': 'country',
    'Address State': 'region',
    'Address Postal Code': 'postalCode',
    'Card Address Country': 'country',
    'Preferred Locales': 'language',
    Currency: 'ignore',
    Delinquent: 'ignore',
    'Total Spend': 'ignore',
    'Payment Count': 'ignore',
    'Refunded Volume': 'ignore',
    'Dispute Losses': 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: null,
});
