import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { translator } from '../i18n/i18n';
import { presetName } from './preset-words';

// The window may not import core, so the preset ids are read from the text of core's preset files.
const presetFiles = import.meta.glob<string>(['../../../core/imports/map/presets/*.ts', '!**/*.test.ts'], { query: '?raw', import: 'default', eager: true });
const coreIds = Object.values(presetFiles).flatMap((text) => [...text.matchAll(/definePreset\(\{\s*id: '([^']+)'/g)].map((m) => m[1]!));

describe('preset names', () => {
  it('exist in both languages for every preset core knows', () => {
    expect(coreIds.length).toBeGreaterThan(10);
    const missing = [...coreIds, 'generic'].filter((id) => !(`import.preset.${id}` in en));
    expect(missing).toEqual([]);
  });

  it('are translated, brand names kept', () => {
    expect(presetName('generic', 'Other file (columns guessed by name)', translator('fr'))).toBe('Autre fichier (colonnes devinées par leur nom)');
    expect(presetName('shopify-customers', 'Shopify customers', translator('fr'))).toBe('Shopify (clients)');
    expect(presetName('shopify-customers', 'Shopify customers', translator('en'))).toBe('Shopify (customers)');
    expect(presetName('paypal', 'PayPal activity', translator('fr'))).toBe('PayPal (activité)');
  });

  it('fall back to core’s name for a preset this window does not know yet', () => {
    expect(presetName('from-a-later-version', 'Some CRM', translator('fr'))).toBe('Some CRM');
  });
});
