import { definePreset } from './preset';

// Brevo (formerly Sendinblue) contacts export. Columns are the account's contact attributes,
// upper case: EMAIL, FIRSTNAME / LASTNAME (PRENOM / NOM in accounts created in French), SMS,
// WHATSAPP, EMAIL_BLACKLISTED and SMS_BLACKLISTED (the API's emailBlacklisted/smsBlacklisted),
// DOUBLE_OPT-IN. Names from Brevo's attribute documentation and API; no public export file was
// found. Other attributes are the account's own and are guessed by name.

export const brevo = definePreset({
  id: 'brevo',
  name: 'Brevo (Sendinblue) contacts',
  required: [['EMAIL'], ['EMAIL_BLACKLISTED', 'SMS_BLACKLISTED', 'SMS', 'FIRSTNAME', 'LASTNAME', 'DOUBLE_OPT-IN']],
  columns: {
    'CONTACT ID': 'sourceId',
    EMAIL: 'email',
    FIRSTNAME: 'firstName',
    PRENOM: 'firstName',
    LASTNAME: 'lastName',
    NOM: 'lastName',
    SMS: 'phone',
    WHATSAPP: 'phone2',
    EMAIL_BLACKLISTED: 'consent',
    'DOUBLE_OPT-IN': 'consent',
    SMS_BLACKLISTED: 'ignore',
  },
  unlisted: 'guess',
  defaultKind: null,
  defaultEventType: null,
});
