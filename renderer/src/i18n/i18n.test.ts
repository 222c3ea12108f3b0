import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { translator } from './i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('translations', () => {
  it('French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('no text is left empty', () => {
    for (const catalog of [en, fr]) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('each French text uses the same placeholders as its English text', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and formats numbers per language', () => {
    expect(translator('en')('contacts.count.other', { count: 12345 })).toBe('12,345 contacts');
    expect(translator('fr')('contacts.count.other', { count: 12345 })).toBe('12\u202f345 contacts');
  });
});
