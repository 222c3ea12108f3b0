import type { ImportEventType, ImportField, Mapping } from '../../types';
import { headerMatchKey } from '../normalize-header';

// A preset recognises one export layout by its header names (never positions: vendors let
// people pick columns, so real files vary) and maps each header to a field.

export type PresetSpec = {
  id: string;
  name: string;
  // Each group names alternatives; the file must have at least one header of every group.
  required: readonly (readonly string[])[];
  // Header names as the export writes them → field. Matching ignores case, accents, spaces, BOM.
  columns: Readonly<Record<string, ImportField>>;
  // Numbered families ("E-mail 3 - Value", "Phone 2 - Value"): receives the match key.
  fieldFor?: (key: string) => ImportField | undefined;
  // Headers the preset does not list: a fixed export layout ignores them; an export with
  // user-defined columns (Mailchimp merge fields, HubSpot properties) has them guessed.
  unlisted: 'ignore' | 'guess';
  defaultKind: Mapping['defaultKind'];
  defaultEventType: ImportEventType | null;
  // The currency of every amount, for an export that never names one (HelloAsso is euro-only).
  currency?: string;
};

export type Preset = PresetSpec & {
  lookup: ReadonlyMap<string, ImportField>;
  requiredKeys: readonly (readonly string[])[];
};

export const definePreset = (spec: PresetSpec): Preset => ({
  ...spec,
  lookup: new Map(Object.entries(spec.columns).map(([header, field]) => [headerMatchKey(header), field])),
  requiredKeys: spec.required.map((group) => group.map(headerMatchKey)),
});

export const knownField = (preset: Preset, key: string): ImportField | undefined => preset.lookup.get(key) ?? preset.fieldFor?.(key);

// How well the preset explains the headers: null when a required group is missing, else three
// points per required group plus one per header it knows by name, so the preset that explains
// more of the file wins (Shopify's current customer export over its legacy one).
export const scorePreset = (preset: Preset, keys: readonly string[]): number | null => {
  const present = new Set(keys);
  if (!preset.requiredKeys.every((group) => group.some((key) => present.has(key)))) return null;
  return preset.requiredKeys.length * 3 + keys.filter((key) => knownField(preset, key) !== undefined).length;
};
