import type { ImportField } from '../../types';
import { definePreset } from './preset';

// Google Contacts "Google CSV" export, current layout and the legacy one (Given Name / Family
// Name / Group Membership). Header names from the real exports in
// shared/fixtures/formats/google-contacts/. Multi-values are joined with " ::: ".

// "E-mail 1 - Value" is the main address, "E-mail 2 - Value"… extra ones; same for phones.
const numbered = (key: string): ImportField | undefined => {
  const match = /^(e-mail|phone) (\d+) - value$/.exec(key);
  if (!match) return undefined;
  const isFirst = match[2] === '1';
  if (match[1] === 'e-mail') return isFirst ? 'email' : 'email2';
  return isFirst ? 'phone' : 'phone2';
};

export const googleContacts = definePreset({
  id: 'google-contacts',
  name: 'Google Contacts',
  required: [['First Name'], ['Last Name'], ['E-mail 1 - Value', 'Phone 1 - Value'], ['Labels', 'Organization Name', 'File As']],
  columns: {
    'First Name': 'firstName',
    'Last Name': 'lastName',
    'Organization Name': 'company',
    Notes: 'notes',
    Labels: 'tags',
    'Address 1 - Country': 'country',
    Birthday: 'ignore',
    'Middle Name': 'ignore',
    Nickname: 'ignore',
    'File As': 'ignore',
    'Organization Title': 'ignore',
    'Organization Department': 'ignore',
  },
  fieldFor: numbered,
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: null,
});

export const googleContactsLegacy = definePreset({
  id: 'google-contacts-legacy',
  name: 'Google Contacts (legacy layout)',
  required: [['Given Name'], ['Family Name'], ['E-mail 1 - Value', 'Group Membership']],
  columns: {
    Name: 'fullName',
    'Given Name': 'firstName',
    'Family Name': 'lastName',
    'Organization 1 - Name': 'company',
    Notes: 'notes',
    'Group Membership': 'tags',
    'Address 1 - Country': 'country',
    Birthday: 'ignore',
    'Additional Name': 'ignore',
    Nickname: 'ignore',
  },
  fieldFor: numbered,
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: null,
});
