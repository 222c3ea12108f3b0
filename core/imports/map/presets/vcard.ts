import { definePreset } from './preset';

// vCard files (.vcf): read/read-table.ts turns each card into a row under these canonical
// headers, so the mapping is fixed.
export const vcard = definePreset({
  id: 'vcard',
  name: 'vCard',
  required: [['Full name'], ['Email 1'], ['Phone 1'], ['Categories']],
  columns: {
    'First name': 'firstName',
    'Last name': 'lastName',
    'Full name': 'fullName',
    'Email 1': 'email',
    'Email 2': 'email2',
    'Email 3': 'email2',
    'Phone 1': 'phone',
    'Phone 2': 'phone2',
    'Phone 3': 'phone2',
    Company: 'company',
    Notes: 'notes',
    Categories: 'tags',
    Birthday: 'ignore',
    Language: 'language',
    Country: 'country',
  },
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: null,
});
