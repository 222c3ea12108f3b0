import type { ImportEvent, ImportRecord } from '../types';

let line = 1;

// An ImportRecord as a mapped file row would give it, with only the fields a test cares about.
export const record = (fields: Partial<ImportRecord>): ImportRecord => ({
  line: ++line,
  firstName: '',
  lastName: '',
  email: null,
  extraEmails: [],
  phone: null,
  extraPhones: [],
  company: '',
  kind: null,
  tags: [],
  language: null,
  country: null,
  region: null,
  postalCode: null,
  notes: '',
  sourceId: null,
  consent: null,
  createdAt: null,
  events: [],
  problems: [],
  ...fields,
});

export const order = (reference: string, occurredAt: number, amountMinor: number): ImportEvent => ({
  type: 'order',
  occurredAt,
  dateOnly: false,
  amountMinor,
  currency: 'EUR',
  reference,
  items: [{ name: 'Bougie', quantity: 2 }],
  status: 'paid',
  link: null,
});
