import type { Contact } from '../../../api';

export const displayName = (contact: Pick<Contact, 'firstName' | 'lastName'>): string =>
  `${contact.firstName} ${contact.lastName}`.trim();
