import { payPalRows } from './paypal-rows';
import { definePreset } from './preset';

// PayPal "Activity download" CSV (paypal.com/reports/dlog). Header names from public code that
// reads real downloads: "Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency",
// "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID", "Item Title",
// "Quantity", "Contact Phone Number", "Country Code", "Balance Impact"… The date is MM/DD/YYYY or
// DD/MM/YYYY depending on the account's country: the file's own values decide. "Type" names the
// event: "Donation Payment", "Website Payment", "Payment Refund"… Who the contact is, and
// whether the row is an order, a gift or a refund, depends on its direction (paypal-rows.ts):
// "To Email Address", "Balance Impact" and "Reference Txn ID" are read there.

export const payPal = definePreset({
  id: 'paypal',
  name: 'PayPal activity',
  required: [['From Email Address'], ['Gross'], ['Transaction ID'], ['Type']],
  columns: {
    Date: 'event.date',
    Name: 'fullName',
    Type: 'event.type',
    Status: 'event.status',
    Currency: 'event.currency',
    Gross: 'event.amount',
    'From Email Address': 'email',
    'Transaction ID': 'event.reference',
    'Item Title': 'event.itemName',
    Quantity: 'event.itemQuantity',
    'Contact Phone Number': 'phone',
    'Country Code': 'country',
    Country: 'country',
    // Part of the timestamp: "Date" + "Time" in the zone "TimeZone" names ("PST", "CET"…).
    Time: 'time',
    TimeZone: 'timeZone',
    'Time zone': 'timeZone',
    Fee: 'ignore',
    Net: 'ignore',
    'To Email Address': 'ignore',
    Note: 'ignore',
    Subject: 'ignore',
    'Balance Impact': 'ignore',
    'Reference Txn ID': 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: null,
  leftOut: { 'To Email Address': 'import.leftOut.counterparty' },
  rowRule: payPalRows,
});
