import { definePreset } from './preset';

// The benchmark corpus written by shared/corpora/gen-large.mjs: contacts-<n>.csv and
// events-<n>.csv. Header names from the generator (C_HEADER, E_HEADER).

export const relanceContacts = definePreset({
  id: 'relance-contacts',
  name: 'Contacts (Relance layout)',
  required: [['contact_id'], ['email'], ['email_consent']],
  columns: {
    contact_id: 'sourceId',
    email: 'email',
    first_name: 'firstName',
    last_name: 'lastName',
    phone: 'phone',
    company: 'company',
    street: 'ignore',
    postal_code: 'ignore',
    city: 'ignore',
    region: 'ignore',
    country: 'country',
    language: 'language',
    tags: 'tags',
    email_consent: 'consent',
    created_at: 'createdAt',
    notes: 'notes',
  },
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: null,
});

export const relanceEvents = definePreset({
  id: 'relance-events',
  name: 'Events (Relance layout)',
  required: [['event_id'], ['type'], ['occurred_at'], ['email', 'contact_id']],
  columns: {
    event_id: 'ignore',
    contact_id: 'sourceId',
    email: 'email',
    type: 'event.type',
    occurred_at: 'event.date',
    amount: 'event.amount',
    currency: 'event.currency',
    status: 'event.status',
    reference: 'event.reference',
    items: 'event.items',
    link: 'event.link',
    campaign: 'ignore',
    source: 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: null,
});
