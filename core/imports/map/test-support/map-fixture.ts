import type { ImportRecord } from '../../types';
import { detectPreset } from '../detect-preset';
import { mapTable, type MappedTable } from '../map-rows';
import { readFixture } from './read-fixture';

export const testNow = new Date('2026-11-25T12:00:00Z');

// A fixture read, recognised and mapped as an import does it.
export const mapFixture = async (url: URL): Promise<MappedTable & { presetId: string }> => {
  const table = await readFixture(url);
  const match = detectPreset(table.headers);
  const fileName = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return { ...mapTable(table, match.mapping, { fileName, now: testNow, currency: match.currency }), presetId: match.presetId };
};

export const byEmail = (records: ImportRecord[], email: string): ImportRecord => {
  const found = records.find((record) => record.email === email);
  if (!found) throw new Error(`no record for ${email}`);
  return found;
};
