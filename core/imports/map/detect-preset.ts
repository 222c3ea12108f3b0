import type { ImportField, Mapping, PresetMatch } from '../types';
import { headerMatchKey } from './normalize-header';
import { genericMapping, guessColumns } from './presets/generic';
import { presets } from './presets/index';
import { knownField, scorePreset, type Preset } from './presets/preset';

// Which known export a file is, from its header names alone, and the mapping that goes with it.
// Files no preset recognises get the generic mapping, guessed header by header.

export const genericPresetId = 'generic';
const genericName = 'Other file (columns guessed by name)';

const mappingFor = (preset: Preset, headers: readonly string[]): Mapping => {
  const fixed: (ImportField | undefined)[] = headers.map((header) => {
    const field = knownField(preset, headerMatchKey(header));
    return field ?? (preset.unlisted === 'ignore' ? 'ignore' : undefined);
  });
  return { columns: guessColumns(headers, fixed), defaultKind: preset.defaultKind, defaultEventType: preset.defaultEventType };
};

const genericMatch = (headers: readonly string[]): PresetMatch => ({
  presetId: genericPresetId,
  presetName: genericName,
  mapping: genericMapping(headers),
  currency: null,
});

export const detectPreset = (headers: string[]): PresetMatch => {
  const keys = headers.map(headerMatchKey);
  let best: { preset: Preset; score: number } | null = null;
  for (const preset of presets) {
    const score = scorePreset(preset, keys);
    if (score !== null && (best === null || score > best.score)) best = { preset, score };
  }
  if (best === null) return genericMatch(headers);
  return { presetId: best.preset.id, presetName: best.preset.name, mapping: mappingFor(best.preset, headers), currency: best.preset.currency ?? null };
};

// The mapping of a preset the person chose by hand, whatever the score; null for an unknown id.
export const presetById = (id: string, headers: string[]): PresetMatch | null => {
  if (id === genericPresetId) return genericMatch(headers);
  const preset = presets.find((candidate) => candidate.id === id);
  if (!preset) return null;
  return { presetId: preset.id, presetName: preset.name, mapping: mappingFor(preset, headers), currency: preset.currency ?? null };
};

// For a "this file is…" menu.
export const presetChoices = (): { id: string; name: string }[] => [
  ...presets.map(({ id, name }) => ({ id, name })),
  { id: genericPresetId, name: genericName },
];
