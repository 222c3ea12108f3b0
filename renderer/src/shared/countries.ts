import { getCountries } from 'libphonenumber-js/min';
import type { Language } from '../i18n/i18n';

export type CountryOption = { code: string; name: string };

const displayNames = new Map<Language, Intl.DisplayNames>();
const regionNames = (language: Language): Intl.DisplayNames => {
  let names = displayNames.get(language);
  if (!names) displayNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region' })));
  return names;
};

export const countryName = (code: string | null, language: Language): string =>
  code ? (regionNames(language).of(code) ?? code) : '';

// Every country with a phone numbering plan, named in the interface language and sorted by name.
export const countryOptions = (language: Language): CountryOption[] => {
  const collator = new Intl.Collator(language);
  return getCountries()
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.name, b.name));
};
