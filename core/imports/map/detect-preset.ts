import type { ColumnNote, ImportField, Mapping, PresetMatch } from '../types';
import { columnNote } from './column-note';
import { leaveOutDuplicates } from './duplicate-headers';
import { headerMatchKey } from './normalize-header';
import { genericMapping, guessColumns, leaveOutByHeader } from './presets/generic';
import { presets } from './presets/index';
import { knownField, scorePreset, type Preset } from './presets/preset';
import { checkGuessedColumns, type SampledRows } from './value-kinds';
import type { FileFacts, RowRule } from './row-rule';

// Which known export a file is, from its header names alone, and the mapping that goes with it.
// Files no preset recognises get the generic mapping, guessed header by header.

export const genericPresetId = 'generic';
const genericName = 'Other file (columns guessed by name)';

// The preset's own columns as it lists them; the others (an export with columns of the user's
// own) guessed by name, each guess checked against the values of the first rows.
const mappingFor = (preset: Preset, headers: readonly string[], rows: SampledRows): { mapping: Mapping; notes: ColumnNote[] } => {
  const keys = new Set(headers.map(headerMatchKey));
  const standsIn = new Map(Object.entries(preset.standsInFor ?? {}).map(([header, better]) => [headerMatchKey(header), better.map(headerMatchKey)]));
  const fixed: (ImportField | undefined)[] = headers.map((header) => {
    const key = headerMatchKey(header);
    if (standsIn.get(key)?.some((better) => keys.has(better))) return 'ignore';
    return knownField(preset, key) ?? (preset.unlisted === 'ignore' ? 'ignore' : undefined);
  });
  const isGuessed = (index: number): boolean => fixed[index] === undefined;
  const byHeader = leaveOutByHeader(headers, guessColumns(headers, fixed), isGuessed);
  const checked = checkGuessedColumns(headers, byHeader.columns, isGuessed, rows);
  const presetNotes = headers.flatMap((header): ColumnNote[] => {
    const rule = preset.leftOutKeys.get(headerMatchKey(header));
    return rule === undefined ? [] : [columnNote(header, rule)];
  });
  return {
    mapping: { columns: checked.columns, defaultKind: preset.defaultKind, defaultEventType: preset.defaultEventType },
    notes: [...presetNotes, ...byHeader.notes, ...checked.notes],
  };
};

// A second column of the same name is left out, with a note, whatever the match (duplicate-headers.ts).
const withoutDuplicates = (headers: readonly string[], found: { mapping: Mapping; notes: ColumnNote[] }): { mapping: Mapping; notes: ColumnNote[] } => {
  const { mapping, notes } = leaveOutDuplicates(headers, found.mapping, (header) => found.notes.some((note) => note.column === header));
  return { mapping, notes: [...found.notes, ...notes] };
};

const genericMatch = (headers: readonly string[], rows: SampledRows): PresetMatch => {
  const { notes, ...mapping } = genericMapping(headers, rows);
  return { presetId: genericPresetId, presetName: genericName, ...withoutDuplicates(headers, { mapping, notes }), currency: null };
};

const matchOf = (preset: Preset, headers: readonly string[], rows: SampledRows): PresetMatch => ({
  presetId: preset.id,
  presetName: preset.name,
  ...withoutDuplicates(headers, mappingFor(preset, headers, rows)),
  currency: preset.currency ?? null,
});

// `rows`: the cells of the first rows of the file (value-kinds.ts SAMPLED_ROWS), to check guessed columns against.
export const detectPreset = (headers: string[], rows: SampledRows = []): PresetMatch => {
  const keys = headers.map(headerMatchKey);
  let best: { preset: Preset; score: number } | null = null;
  for (const preset of presets) {
    const score = scorePreset(preset, keys);
    if (score !== null && (best === null || score > best.score)) best = { preset, score };
  }
  if (best === null) return genericMatch(headers, rows);
  return matchOf(best.preset, headers, rows);
};

// The mapping of a preset the person chose by hand, whatever the score; null for an unknown id.
export const presetById = (id: string, headers: string[], rows: SampledRows = []): PresetMatch | null => {
  if (id === genericPresetId) return genericMatch(headers, rows);
  const preset = presets.find((candidate) => candidate.id === id);
  return preset ? matchOf(preset, headers, rows) : null;
};

// For a "this file is…" menu.
export const presetChoices = (): { id: string; name: string }[] => [
  ...presets.map(({ id, name }) => ({ id, name })),
  { id: genericPresetId, name: genericName },
];

// The per-row logic of the file's preset, if it has any, reading its headers.
export const rowRuleFor = (presetId: string, headers: readonly string[], facts: FileFacts): RowRule | null =>
  presets.find((preset) => preset.id === presetId)?.rowRule?.(headers, facts) ?? null;
