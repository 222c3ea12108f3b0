// English texts of the columns an import leaves out and why (api/imports.ts columnNoteRules),
// spread into en.ts; fr-left-out.ts has the same keys. {field} is a field's own label.
export const enLeftOut = {
  'import.leftOut.title': 'Columns left out',
  'import.leftOut.dates': '“{column}” was not read as “{field}”: it holds dates, such as “{value}”.',
  'import.leftOut.numbers': '“{column}” was not read as “{field}”: it holds numbers, such as “{value}”.',
  'import.leftOut.counts': '“{column}” was not read as “{field}”: it holds small numbers that repeat, such as “{value}”, which count things rather than name them.',
  'import.leftOut.notDates': '“{column}” was not read as “{field}”: its values, such as “{value}”, are not dates.',
  'import.leftOut.notEventTypes': '“{column}” was not read as “{field}”: its values, such as “{value}”, are not kinds of event (order, donation, abandoned cart, delivery, refund).',
  'import.leftOut.notKinds': '“{column}” was not read as “{field}”: its values, such as “{value}”, are not kinds of contact (customer, donor, prospect).',
  'import.leftOut.notEmails': '“{column}” was not read as “{field}”: its values, such as “{value}”, are not email addresses.',
  'import.leftOut.figure': '“{column}” is a figure the export works out (orders, total spent, average order); Relance works it out from the orders themselves.',
  'import.leftOut.activity': '“{column}” is when the person last visited the shop: neither an order nor a detail of the contact.',
  'import.leftOut.customerType': '“{column}” says whether the customer was new or returning, which Relance sees from their orders; it is not a kind of event.',
  'import.leftOut.otherId': '“{column}” is the id of another record (a company, a deal), never a name.',
  'import.leftOut.hint': 'To import one of these columns anyway, choose a field for it in the table above.',
} as const;
