import type { Contact } from '../../../api';
import { personName } from '../../../api/bidi';

// First and last name as one line of plain text. A part with a bidi override (U+202E typed in a
// first name) is isolated, so it cannot reverse the other part or the sentence the name sits in;
// screens also wrap the whole name in <bdi> (PersonName.tsx).
export const displayName = (contact: Pick<Contact, 'firstName' | 'lastName'>): string => personName(contact);
