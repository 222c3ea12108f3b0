import { definePreset } from './preset';

// Shopify exports. Header names from shared/fixtures/formats/shopify/: customers_export.csv
// (current), customers_export_legacy.csv, and orders_export.csv, which has one line per line
// item: the lines of one order share its "Name" (#1001) and only the first carries the totals.

export const shopifyCustomers = definePreset({
  id: 'shopify-customers',
  name: 'Shopify customers',
  required: [['Email'], ['Accepts Email Marketing', 'Customer ID'], ['Total Spent', 'Total Orders', 'Default Address Country Code']],
  columns: {
    'Customer ID': 'sourceId',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    'Accepts Email Marketing': 'consent',
    'Default Address Company': 'company',
    'Default Address Country Code': 'country',
    'Default Address Province Code': 'region',
    'Default Address Zip': 'postalCode',
    // Not in the admin's export, but in those of export apps that add it.
    'Created At': 'createdAt',
    Phone: 'phone',
    'Default Address Phone': 'phone2',
    Note: 'notes',
    Tags: 'tags',
    // Shopify asks for SMS consent separately; it says nothing about email.
    'Accepts SMS Marketing': 'ignore',
    'Total Spent': 'ignore',
    'Total Orders': 'ignore',
    'Tax Exempt': 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: null,
});

export const shopifyCustomersLegacy = definePreset({
  id: 'shopify-customers-legacy',
  name: 'Shopify customers (legacy layout)',
  required: [['Email'], ['Accepts Marketing'], ['Total Spent', 'Total Orders']],
  columns: {
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    Company: 'company',
    'Country Code': 'country',
    Country: 'ignore',
    'Province Code': 'region',
    Province: 'ignore',
    Zip: 'postalCode',
    Phone: 'phone',
    'Accepts Marketing': 'consent',
    Tags: 'tags',
    Note: 'notes',
    'Total Spent': 'ignore',
    'Total Orders': 'ignore',
    'Tax Exempt': 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: null,
});

export const shopifyOrders = definePreset({
  id: 'shopify-orders',
  name: 'Shopify orders',
  required: [['Name'], ['Lineitem name'], ['Financial Status', 'Fulfillment Status', 'Lineitem quantity']],
  columns: {
    Name: 'event.reference',
    Email: 'email',
    'Financial Status': 'event.status',
    'Fulfilled at': 'event.deliveredAt',
    'Accepts Marketing': 'consent',
    Currency: 'event.currency',
    Total: 'event.amount',
    'Created at': 'event.date',
    'Lineitem quantity': 'event.itemQuantity',
    'Lineitem name': 'event.itemName',
    'Billing Name': 'fullName',
    'Billing Company': 'company',
    'Billing Country': 'country',
    'Billing Province': 'region',
    'Billing Zip': 'postalCode',
    'Billing Phone': 'phone',
    Phone: 'phone2',
    // The order's own notes, tags and id, not the customer's.
    Notes: 'ignore',
    Tags: 'ignore',
    Id: 'ignore',
    'Paid at': 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: 'order',
});
