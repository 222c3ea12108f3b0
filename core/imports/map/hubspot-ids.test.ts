import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { mapTable } from './map-rows';
import { guessField } from './presets/guess-field';
import { testNow } from './test-support/map-fixture';
import { table } from './test-support/table';

// HubSpot's contacts export with its association columns ("Company ID", "Associated Company
// IDs", as HubSpot labels the properties hs_object_id and associatedcompanyid): an id is
// never a company's name, and the record id is the source's customer id.

const headers = ['Record ID', 'First Name', 'Last Name', 'Email', 'Company ID', 'Associated Company IDs', 'Associated Deal IDs', 'Lifecycle Stage', 'Create Date'];
const rows = [
  ['51234001', 'Jeanne', 'Moreau', 'jeanne.moreau@example.com', '9087001', '9087001;9087002', '', 'customer', '2025-03-04 10:15'],
  ['51234002', 'Tom', 'Baker', 'tom.baker@example.com', '', '9087003', '77001', 'lead', '2025-06-10 08:00'],
];

describe('HubSpot id columns', () => {
  it('are left out, with the reason, and the record id is the customer id', () => {
    const match = detectPreset(headers, rows);
    expect(match.presetId).toBe('hubspot');
    expect(match.mapping.columns).toEqual(['sourceId', 'firstName', 'lastName', 'email', 'ignore', 'ignore', 'ignore', 'kind', 'createdAt']);
    expect(match.notes.map((note) => [note.column, note.rule])).toEqual([
      ['Company ID', 'import.leftOut.otherId'],
      ['Associated Company IDs', 'import.leftOut.otherId'],
      ['Associated Deal IDs', 'import.leftOut.otherId'],
    ]);
    const { records } = mapTable(table(headers, rows), match.mapping, { fileName: 'hubspot-crm-exports-all-contacts.csv', now: testNow });
    expect(records.map((record) => [record.sourceId, record.company])).toEqual([
      ['51234001', ''],
      ['51234002', ''],
    ]);
  });

  it('are never guessed as a company in a file no preset knows', () => {
    for (const header of ['Company ID', 'Associated Company IDs', 'company_id', 'ID entreprise']) expect(guessField(header)).not.toBe('company');
    expect(guessField('Record ID')).toBe('sourceId');
    expect(guessField('Company')).toBe('company');
  });
});
