import { definePreset } from './preset';

// HubSpot contacts export. Header names from public code reading real exports ("Record ID",
// "First Name", "Last Name", "Email", "Phone Number", "Contact owner", "Lead Status",
// "Marketing contact status", "Create Date", "Last Activity Date"…) and HubSpot's property
// labels ("Company Name", "Mobile Phone Number", "Country/Region", "Lifecycle Stage",
// "Unsubscribed from all email", "Preferred language"). Portals add properties of their own,
// guessed by name.

export const hubSpot = definePreset({
  id: 'hubspot',
  name: 'HubSpot contacts',
  required: [['Email'], ['Record ID', 'Marketing contact status', 'Contact owner', 'Lifecycle Stage']],
  columns: {
    'Record ID': 'sourceId',
    'Record ID - Contact': 'sourceId',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    'Phone Number': 'phone',
    'Mobile Phone Number': 'phone2',
    'Company Name': 'company',
    'Country/Region': 'country',
    'State/Region': 'region',
    'Postal Code': 'postalCode',
    'Preferred language': 'language',
    'Marketing contact status': 'consent',
    'Unsubscribed from all email': 'consent',
    'Create Date': 'createdAt',
    'Lifecycle Stage': 'kind',
    'Contact owner': 'ignore',
    'Last Activity Date': 'ignore',
    'Lead Status': 'ignore',
    'Associated Company': 'ignore',
    // Ids of other HubSpot records, never a company's name.
    'Company ID': 'ignore',
    'Associated Company ID': 'ignore',
    'Associated Company IDs': 'ignore',
    'Associated Company IDs (Primary)': 'ignore',
  },
  leftOut: {
    'Company ID': 'import.leftOut.otherId',
    'Associated Company ID': 'import.leftOut.otherId',
    'Associated Company IDs': 'import.leftOut.otherId',
    'Associated Company IDs (Primary)': 'import.leftOut.otherId',
  },
  unlisted: 'guess',
  defaultKind: null,
  defaultEventType: null,
});
