// English texts of where a contact lives (region and postal code), spread into en.ts;
// fr-zones.ts has the same keys.
export const enZones = {
  'field.region': 'State, province or region',
  'field.postalCode': 'Postal code',
  'field.regionHint': 'In a country with several time zones (United States, Canada, Australia, Brazil, Mexico…), either one says which: messages then go out in their working hours.',
  'import.field.region': 'State, province or region',
  'import.field.postalCode': 'Postal code',
} as const;
