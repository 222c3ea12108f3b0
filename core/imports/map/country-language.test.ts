import { describe, expect, it } from 'vitest';
import { countryCode } from './country';
import { languageCode } from './language';

describe('countryCode', () => {
  it.each([
    ['FR', 'FR'],
    ['fr', 'FR'],
    [' be ', 'BE'],
    ['France', 'FR'],
    ['FRANCE', 'FR'],
    ['Belgique', 'BE'],
    ['Belgium', 'BE'],
    ['België', 'BE'],
    ['Suisse', 'CH'],
    ['Switzerland', 'CH'],
    ['Schweiz', 'CH'],
    ['Canada', 'CA'],
    ['United States', 'US'],
    ['États-Unis', 'US'],
    ['Etats Unis', 'US'],
    ['USA', 'US'],
    ['United States of America', 'US'],
    ['United Kingdom', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['UK', 'GB'],
    ['England', 'GB'],
    ['Germany', 'DE'],
    ['Allemagne', 'DE'],
    ['Deutschland', 'DE'],
    ['Spain', 'ES'],
    ['Espagne', 'ES'],
    ['España', 'ES'],
    ['Italy', 'IT'],
    ['Italie', 'IT'],
    ['Luxembourg', 'LU'],
    ['Pays-Bas', 'NL'],
    ['the Netherlands', 'NL'],
    ['Pologne', 'PL'],
    ['Portugal', 'PT'],
    ['Côte d’Ivoire', 'CI'],
    ['Maroc', 'MA'],
    ['Réunion', 'RE'],
    ['FRA', 'FR'],
    ['BEL', 'BE'],
  ])('%s → %s', (value, code) => expect(countryCode(value)).toBe(code));

  it.each(['Narnia', 'Europe', 'EU', 'ZZ', 'XX', '', '12'])('%j is no country', (value) => expect(countryCode(value)).toBeNull());
});

describe('languageCode', () => {
  it.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['en-US', 'en'],
    ['French', 'fr'],
    ['Français', 'fr'],
    ['francais', 'fr'],
    ['English', 'en'],
    ['Anglais', 'en'],
    ['English (US)', 'en'],
    ['Nederlands', 'nl'],
    ['Dutch', 'nl'],
    ['néerlandais', 'nl'],
    ['Deutsch', 'de'],
    ['allemand', 'de'],
    ['Español', 'es'],
    ['Italiano', 'it'],
    ['polski', 'pl'],
    ['fre', 'fr'],
    ['iw', 'he'],
  ])('%s → %s', (value, code) => expect(languageCode(value)).toBe(code));

  it.each(['Klingon', 'xx', 'French fries', ''])('%j is no language', (value) => expect(languageCode(value)).toBeNull());
});
