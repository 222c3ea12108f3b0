import type { ExportRow } from './export-rows';

// The columns of a contacts export, named as the import recognises them (core/imports/map/presets/
// guess-field.ts), so a file exported here imports back into Relance without loss: the legal
// basis with its date, and the opt-out date, which keeps an unsubscribed person unsubscribed.
export const CONTACT_COLUMNS = [
  'Email', 'First name', 'Last name', 'Phone', 'Company', 'Kind', 'Tags', 'Language', 'Country', 'Region', 'Postal code',
  'Legal basis', 'Consent date', 'Unsubscribed', 'Created', 'Notes',
] as const;

const iso = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString());

// Tags joined as the import splits them (a comma between two).
export const contactCells = (row: ExportRow): string[] => [
  row.email ?? '',
  row.firstName,
  row.lastName,
  row.phone ?? '',
  row.company,
  row.kind,
  row.tags.join(', '),
  row.language ?? '',
  row.country ?? '',
  row.region ?? '',
  row.postalCode ?? '',
  row.consentBasis ?? '',
  iso(row.consentBasis === null ? null : row.consentAt),
  iso(row.unsubscribedAt),
  iso(row.createdAt),
  row.notes,
];
