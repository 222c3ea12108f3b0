import { importFields, type ImportPreview } from '../../../api';
import type { MessageKey } from '../i18n/en';

export type ImportField = (typeof importFields)[number];

// Every target a column can go to has a label; the Record makes tsc complain when api/ adds one.
export const fieldLabel: Record<ImportField, MessageKey> = {
  ignore: 'import.field.ignore',
  firstName: 'import.field.firstName',
  lastName: 'import.field.lastName',
  fullName: 'import.field.fullName',
  email: 'import.field.email',
  email2: 'import.field.email2',
  phone: 'import.field.phone',
  phone2: 'import.field.phone2',
  company: 'import.field.company',
  kind: 'import.field.kind',
  tags: 'import.field.tags',
  language: 'import.field.language',
  country: 'import.field.country',
  region: 'import.field.region',
  postalCode: 'import.field.postalCode',
  notes: 'import.field.notes',
  sourceId: 'import.field.sourceId',
  consent: 'import.field.consent',
  consentDate: 'import.field.consentDate',
  legalBasis: 'import.field.legalBasis',
  createdAt: 'import.field.createdAt',
  'event.type': 'import.field.event.type',
  'event.date': 'import.field.event.date',
  'event.amount': 'import.field.event.amount',
  'event.currency': 'import.field.event.currency',
  'event.reference': 'import.field.event.reference',
  'event.items': 'import.field.event.items',
  'event.itemName': 'import.field.event.itemName',
  'event.itemQuantity': 'import.field.event.itemQuantity',
  'event.status': 'import.field.event.status',
  'event.link': 'import.field.event.link',
  'event.deliveredAt': 'import.field.event.deliveredAt',
  time: 'import.field.time',
  timeZone: 'import.field.timeZone',
};

// Grouped in the select so "Date" or "Amount" is never mistaken for a contact field. A time or
// zone column goes with the event's date, which it completes.
const isEventField = (field: ImportField): boolean => field.startsWith('event.') || field === 'time' || field === 'timeZone';
export const contactFields = importFields.filter((field) => field !== 'ignore' && !isEventField(field));
export const eventFields = importFields.filter(isEventField);

export type Mapping = ImportPreview['mapping'];

export const withColumn = (mapping: Mapping, index: number, field: ImportField): Mapping => ({
  ...mapping,
  columns: mapping.columns.map((current, i) => (i === index ? field : current)),
});
