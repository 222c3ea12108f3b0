import type { Translate } from '../i18n/i18n';

// Languages a contact can be written to; messages ship in French and English, others fall back.
export const contactLanguages = ['fr', 'en', 'de', 'es', 'it', 'nl'] as const;
type ContactLanguage = (typeof contactLanguages)[number];

const isKnown = (code: string): code is ContactLanguage => (contactLanguages as readonly string[]).includes(code);

export const languageName = (code: string | null, t: Translate): string =>
  code === null ? t('field.unknownLanguage') : isKnown(code) ? t(`language.${code}`) : code;
