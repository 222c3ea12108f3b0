import { definePreset } from './preset';

// WooCommerce Analytics (WooCommerce > Analytics > Customers / Orders > Download). Header names
// are the labels of get_export_columns() in WooCommerce's own source,
// plugins/woocommerce/src/Admin/API/Reports/Customers/Controller.php and Orders/Controller.php.
// Versions add and drop columns ("N. Revenue" became "Net Sales", "Attribution" is new) and
// filters let plugins change them: each export is recognised on a subset of its columns.

// Customers: Name, Username, Last Active, Sign Up, Email, Orders, Total Spend, AOV,
// Country / Region, City, Region, Postal Code. One row per customer, guests included.
export const wooCommerceAnalyticsCustomers = definePreset({
  id: 'woocommerce-analytics-customers',
  name: 'WooCommerce Analytics customers',
  required: [['Name', 'Email', 'Username'], ['Last Active', 'Sign Up', 'AOV', 'Total Spend']],
  columns: {
    Name: 'fullName',
    Email: 'email',
    'Sign Up': 'createdAt',
    'Country / Region': 'country',
    Region: 'region',
    'Postal Code': 'postalCode',
    // A WordPress login, which people often make from their name: neither a name nor an id.
    Username: 'ignore',
    City: 'ignore',
    'Last Active': 'ignore',
    Orders: 'ignore',
    'Total Spend': 'ignore',
    AOV: 'ignore',
  },
  leftOut: {
    'Last Active': 'import.leftOut.activity',
    Orders: 'import.leftOut.figure',
    'Total Spend': 'import.leftOut.figure',
    AOV: 'import.leftOut.figure',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: null,
});

// Orders: Date, Order #, N. Revenue (formatted), Status, Customer, Customer type, Product(s),
// Items sold, Coupon(s), Net Sales (formerly N. Revenue), Attribution. One row per order; the
// customer is named by their full name only (no email): plan-import.ts finds them by it.
export const wooCommerceAnalyticsOrders = definePreset({
  id: 'woocommerce-analytics-orders',
  name: 'WooCommerce Analytics orders',
  required: [['Order #'], ['Customer', 'Customer type', 'N. Revenue (formatted)', 'N. Revenue', 'Net Sales', 'Product(s)']],
  columns: {
    Date: 'event.date',
    'Order #': 'event.reference',
    // What the customer paid, with its currency symbol ("€45.00"); net revenue leaves out tax
    // and shipping, so it is read only when the formatted total is not there (standsInFor).
    'N. Revenue (formatted)': 'event.amount',
    'N. Revenue': 'event.amount',
    'Net Sales': 'event.amount',
    Status: 'event.status',
    Customer: 'fullName',
    // "2× Mug, 1× Tote bag", as get_products() writes them.
    'Product(s)': 'event.items',
    'Customer type': 'ignore',
    'Items sold': 'ignore',
    'Coupon(s)': 'ignore',
    Attribution: 'ignore',
  },
  leftOut: {
    'Customer type': 'import.leftOut.customerType',
    'Items sold': 'import.leftOut.figure',
  },
  standsInFor: { 'N. Revenue': ['N. Revenue (formatted)'], 'Net Sales': ['N. Revenue (formatted)'] },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: 'order',
});
