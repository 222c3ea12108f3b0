import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { formatLine } from './format-words';

describe('formatLine', () => {
  it('says the separator as a word and names the encoding', () => {
    expect(formatLine({ format: 'csv', encoding: 'windows-1252', delimiter: ';' }, translator('en'))).toBe(
      'Text file (CSV), columns separated by semicolons, Windows-1252 encoding.',
    );
    expect(formatLine({ format: 'csv', encoding: 'utf-16le', delimiter: '\t' }, translator('fr'))).toBe(
      'Fichier texte (CSV), colonnes séparées par des tabulations, encodage UTF-16LE.',
    );
  });

  it('leaves the separator out where there is none', () => {
    expect(formatLine({ format: 'vcard', encoding: 'utf-8-bom', delimiter: null }, translator('en'))).toBe('vCard file, UTF-8 (with BOM) encoding.');
    expect(formatLine({ format: 'xlsx', encoding: 'xlsx', delimiter: null }, translator('fr'))).toBe('Classeur Excel.');
  });
});
