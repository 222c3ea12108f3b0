import type { ColumnNote, ImportEventType, ImportField, Mapping } from '../../types';
import { headerMatchKey } from '../normalize-header';
import type { RowRuleMaker } from '../row-rule';

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
  // Listed columns the preset leaves out on purpose, with the reason the preview gives.
  leftOut?: Readonly<Record<string, ColumnNote['rule']>>;
  // Listed columns read only when the file lacks a better one: header → the headers it stands in for.
  standsInFor?: Readonly<Record<string, readonly string[]>>;
  // Per-row logic a column mapping cannot express (row-rule.ts).
  rowRule?: RowRuleMaker;
};

export type Preset = PresetSpec & {
  lookup: ReadonlyMap<string, ImportField>;
  requiredKeys: readonly (readonly string[])[];
  leftOutKeys: ReadonlyMap<string, ColumnNote['rule']>;
};

export const definePreset = (spec: PresetSpec): Preset => ({
  ...spec,
  lookup: new Map(Object.entries(spec.columns).map(([header, field]) => [headerMatchKey(header), field])),
  requiredKeys: spec.required.map((group) => group.map(headerMatchKey)),
  leftOutKeys: new Map(Object.entries(spec.leftOut ?? {}).map(([header, rule]) => [headerMatchKey(header), rule])),
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
