import type { Contact, ContactFigures, SuppressionReason } from '../../api';
import type { ContactRow } from '../../db/schema';
import type { ContactFields } from './normalise-contact';

const iso = (ms: number): string => new Date(ms).toISOString();

export const toContact = (row: ContactRow, tags: string[], figures: ContactFigures, suppressed: SuppressionReason | null = null): Contact => ({
  id: row.id,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  phone: row.phone,
  company: row.company,
  kind: row.kind,
  tags,
  language: row.language,
  country: row.country,
  region: row.region ?? null,
  postalCode: row.postalCode ?? null,
  notes: row.notes,
  consent: row.consentBasis
    ? { basis: row.consentBasis, source: row.consentSource ?? '', at: row.consentAt === null ? null : iso(row.consentAt) }
    : null,
  prospectStatus: row.prospectStatus,
  statusSince: row.statusSince === null ? null : iso(row.statusSince),
  interest: row.interest,
  complaintOpenSince: row.complaintOpenSince === null ? null : iso(row.complaintOpenSince),
  unsubscribedAt: row.unsubscribedAt === null ? null : iso(row.unsubscribedAt),
  suppressed,
  figures,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

// The editable fields of a stored contact, in the shape the input schema produces.
export const toFields = (contact: Contact): ContactFields => ({
  firstName: contact.firstName,
  lastName: contact.lastName,
  email: contact.email,
  phone: contact.phone,
  company: contact.company,
  kind: contact.kind,
  tags: contact.tags,
  language: contact.language,
  country: contact.country,
  region: contact.region,
  postalCode: contact.postalCode,
  notes: contact.notes,
  consent: contact.consent,
  prospectStatus: contact.prospectStatus,
  interest: contact.interest,
});
