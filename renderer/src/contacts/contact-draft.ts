import type { ConsentBasis, Contact, ContactInput, ContactKind, ProspectStatus } from '../../../api';

// The form edits strings; this is the bridge between those strings and the contract's input.
export type ContactDraft = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
  kind: ContactKind;
  tags: string;
  language: string;
  country: string;
  region: string;
  postalCode: string;
  notes: string;
  consentBasis: ConsentBasis | '';
  consentSource: string;
  consentAt: string;
  prospectStatus: ProspectStatus | '';
  interest: string;
};

export const emptyDraft: ContactDraft = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  company: '',
  kind: 'customer',
  tags: '',
  language: '',
  country: '',
  region: '',
  postalCode: '',
  notes: '',
  consentBasis: '',
  consentSource: '',
  consentAt: '',
  prospectStatus: '',
  interest: '',
};

export const draftFrom = (contact: Contact): ContactDraft => ({
  firstName: contact.firstName,
  lastName: contact.lastName,
  email: contact.email ?? '',
  phone: contact.phone ?? '',
  company: contact.company,
  kind: contact.kind,
  tags: contact.tags.join(', '),
  language: contact.language ?? '',
  country: contact.country ?? '',
  region: contact.region ?? '',
  postalCode: contact.postalCode ?? '',
  notes: contact.notes,
  consentBasis: contact.consent?.basis ?? '',
  consentSource: contact.consent?.source ?? '',
  consentAt: contact.consent?.at?.slice(0, 10) ?? '',
  prospectStatus: contact.prospectStatus ?? '',
  interest: contact.interest,
});

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

export const inputFrom = (draft: ContactDraft): Required<ContactInput> => ({
  firstName: draft.firstName,
  lastName: draft.lastName,
  email: orNull(draft.email),
  phone: orNull(draft.phone),
  company: draft.company,
  kind: draft.kind,
  tags: draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
  language: orNull(draft.language),
  country: orNull(draft.country),
  region: orNull(draft.region),
  postalCode: orNull(draft.postalCode),
  notes: draft.notes,
  consent: draft.consentBasis
    ? {
        basis: draft.consentBasis,
        source: draft.consentSource,
        at: draft.consentAt ? new Date(`${draft.consentAt}T00:00:00Z`).toISOString() : null,
      }
    : null,
  prospectStatus: draft.prospectStatus || null,
  interest: draft.interest,
});
