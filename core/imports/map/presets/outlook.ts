import type { ImportField } from '../../types';
import { definePreset } from './preset';

// Outlook contacts: the outlook.com export (61 columns), Google's "Outlook CSV" export and the
// classic Outlook desktop field names. Header names from shared/fixtures/formats/outlook/ (the
// desktop list is GNOME Evolution's csv_fields_outlook[], as recorded there).

// The mobile is the main phone (it takes SMS and WhatsApp links); every other number is extra.
const otherPhones = [
  'Primary Phone', 'Home Phone', 'Home Phone 2', 'Business Phone', 'Business Phone 2', 'Company Main Phone', 'Other Phone',
  'Car Phone', 'Callback', 'Radio Phone', 'Assistant\'s Phone', 'ISDN', 'Pager', 'Telex', 'TTY/TDD Phone',
];
const countries = ['Home Country', 'Home Country/Region', 'Business Country', 'Business Country/Region', 'Other Country', 'Other Country/Region'];

const columns: Record<string, ImportField> = {
  'First Name': 'firstName',
  'Last Name': 'lastName',
  'E-mail Address': 'email',
  'E-mail 2 Address': 'email2',
  'E-mail 3 Address': 'email2',
  'Mobile Phone': 'phone',
  Company: 'company',
  Categories: 'tags',
  Notes: 'notes',
  Language: 'language',
  Birthday: 'ignore',
  'Middle Name': 'ignore',
  'Job Title': 'ignore',
  Title: 'ignore',
  Suffix: 'ignore',
};
for (const header of otherPhones) columns[header] = 'phone2';
for (const header of countries) columns[header] = 'country';

export const outlook = definePreset({
  id: 'outlook',
  name: 'Outlook',
  required: [['E-mail Address'], ['First Name'], ['Last Name'], ['Mobile Phone', 'Business Phone', 'Home Phone', 'Company', 'Categories']],
  columns,
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: null,
});
