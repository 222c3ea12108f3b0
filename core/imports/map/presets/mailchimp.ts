import { definePreset } from './preset';

// Mailchimp audience export (subscribed_members_export_*.csv). Header names from
// shared/fixtures/formats/mailchimp/. The file lists subscribed members, so consent was given
// when the subscription was confirmed (CONFIRM_TIME) or made (OPTIN_TIME); the unsubscribed
// export adds UNSUB_TIME, an opt-out column. Audiences have merge fields of their own
// ("Company", "Langue"…), guessed by name.

export const mailchimp = definePreset({
  id: 'mailchimp',
  name: 'Mailchimp audience',
  required: [['Email Address'], ['MEMBER_RATING', 'OPTIN_TIME', 'CONFIRM_TIME', 'LEID', 'EUID']],
  columns: {
    'Email Address': 'email',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    'Phone Number': 'phone',
    OPTIN_TIME: 'consentDate',
    CONFIRM_TIME: 'consentDate',
    UNSUB_TIME: 'consent',
    CC: 'country',
    EUID: 'sourceId',
    NOTES: 'notes',
    TAGS: 'tags',
    Address: 'ignore',
    Birthday: 'ignore',
    MEMBER_RATING: 'ignore',
    OPTIN_IP: 'ignore',
    CONFIRM_IP: 'ignore',
    LATITUDE: 'ignore',
    LONGITUDE: 'ignore',
    GMTOFF: 'ignore',
    DSTOFF: 'ignore',
    TIMEZONE: 'ignore',
    // Where the subscriber signed up from, as Mailchimp places them (a state or region).
    REGION: 'region',
    LAST_CHANGED: 'ignore',
    LEID: 'ignore',
    UNSUB_CAMPAIGN_TITLE: 'ignore',
    UNSUB_CAMPAIGN_ID: 'ignore',
    UNSUB_REASON: 'ignore',
    UNSUB_REASON_OTHER: 'ignore',
    CLEAN_TIME: 'ignore',
    CLEAN_CAMPAIGN_TITLE: 'ignore',
    CLEAN_CAMPAIGN_ID: 'ignore',
  },
  unlisted: 'guess',
  defaultKind: null,
  defaultEventType: null,
});
