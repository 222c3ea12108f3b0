import type { Contact } from '../../../api';
import { displayName } from '../shared/display-name';

// relance-heloise-lefevre.json: the name without accents or spaces, else the contact's id.
export const personFileName = (contact: Contact): string => {
  const slug = displayName(contact)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `relance-${slug || contact.id}.json`;
};
