import type { ColumnNote, ImportRecord, Mapping } from '../../types';
import { detectPreset, rowRuleFor } from '../detect-preset';
import { newFileFacts } from '../row-rule';
import { mapTable, type MappedTable } from '../map-rows';
import { SAMPLED_ROWS } from '../value-kinds';
import { readFixture } from './read-fixture';

export const testNow = new Date('2026-11-25T12:00:00Z');

// A fixture read, recognised and mapped as an import does it.
export const mapFixture = async (url: URL): Promise<MappedTable & { presetId: string; notes: ColumnNote[]; mapping: Mapping }> => {
  const table = await readFixture(url);
  const match = detectPreset(table.headers, table.rows.slice(0, SAMPLED_ROWS).map((row) => row.cells));
  const fileName = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  const rowRule = rowRuleFor(match.presetId, table.headers, newFileFacts());
  return { ...mapTable(table, match.mapping, { fileName, now: testNow, currency: match.currency, rowRule }), presetId: match.presetId, notes: match.notes, mapping: match.mapping };
};

export const byEmail = (records: ImportRecord[], email: string): ImportRecord => {
  const found = records.find((record) => record.email === email);
  if (!found) throw new Error(`no record for ${email}`);
  return found;
};
