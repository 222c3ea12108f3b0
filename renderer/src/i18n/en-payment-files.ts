// English texts of payment and donation exports at import (PayPal, HelloAsso, JSON files),
// spread into en.ts; fr-payment-files.ts has the same keys.
export const enPaymentFiles = {
  'import.format.json': 'JSON file',
  'rule.import.file.json': '“{fileName}” is not valid JSON: it breaks off at line {line}, column {column}. Export it again, or correct it there.',
  'rule.import.ownAddress': '{email} is your own address: it is not a contact.',
  'rule.import.voidNotCounted': 'Status “{status}”: not counted as an order or a gift.',
  'import.leftOut.participant': '“{column}” is who the ticket is for, not the contact: it goes on the ticket, and the payer is the contact.',
  'import.leftOut.counterparty': '“{column}” is read row by row: the contact is the other side of each payment (the payer, or the person refunded), never your own address.',
} as const;
