import { definePreset } from './preset';

// WooCommerce, as exported by the "Customer/Order CSV Export" extension (SkyVerge, sold on
// woocommerce.com). Header names from its source, includes/class-wc-customer-order-csv-export-
// formats.php (read in the public mirror lafranceinsoumise/woocommerce-customer-order-csv-export):
// the "default" customer and order formats, the "default one row per item" order format, and
// the human-labelled "legacy" order format. No real export file was available; the fixtures in
// test-fixtures/ use those names with invented rows.
// Line items in the default format are one cell: "id:…|name:…|quantity:…|…" joined by ";".

export const wooCommerceCustomers = definePreset({
  id: 'woocommerce-customers',
  name: 'WooCommerce customers',
  required: [['customer_id'], ['email', 'billing_email'], ['date_registered', 'billing_first_name', 'order_count']],
  columns: {
    customer_id: 'sourceId',
    first_name: 'firstName',
    last_name: 'lastName',
    email: 'email',
    billing_email: 'email2',
    date_registered: 'createdAt',
    billing_company: 'company',
    billing_phone: 'phone',
    billing_country: 'country',
    billing_state: 'region',
    billing_postcode: 'postalCode',
    // Guest checkouts have no account name: the billing name, which comes later, fills in.
    billing_first_name: 'firstName',
    billing_last_name: 'lastName',
    user_login: 'ignore',
    user_pass: 'ignore',
    total_spent: 'ignore',
    order_count: 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: null,
});

export const wooCommerceOrders = definePreset({
  id: 'woocommerce-orders',
  name: 'WooCommerce orders',
  required: [['order_id', 'Order ID'], ['billing_email', 'Billing Email'], ['order_total', 'Order Total', 'line_items', 'item_name']],
  columns: {
    // In WooCommerce the order number a customer sees is the order id, unless a plugin renumbers.
    order_id: 'event.reference',
    'Order ID': 'event.reference',
    date: 'event.date',
    Date: 'event.date',
    status: 'event.status',
    'Order Status': 'event.status',
    order_total: 'event.amount',
    'Order Total': 'event.amount',
    order_currency: 'event.currency',
    customer_id: 'sourceId',
    billing_first_name: 'firstName',
    'Billing First Name': 'firstName',
    billing_last_name: 'lastName',
    'Billing Last Name': 'lastName',
    billing_full_name: 'fullName',
    billing_company: 'company',
    'Billing Company': 'company',
    billing_email: 'email',
    'Billing Email': 'email',
    billing_phone: 'phone',
    'Billing Phone': 'phone',
    billing_country: 'country',
    'Billing Country': 'country',
    line_items: 'event.items',
    'Order Items': 'event.items',
    item_name: 'event.itemName',
    'Item Name': 'event.itemName',
    item_quantity: 'event.itemQuantity',
    // The customer's note is about this order, not about the person.
    customer_note: 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'customer',
  defaultEventType: 'order',
});
