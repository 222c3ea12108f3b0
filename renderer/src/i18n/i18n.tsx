import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UiLanguage } from '../../../api';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Language = 'fr' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogs: Record<Language, Record<MessageKey, string>> = { en, fr };

export const systemLanguage = (languages: readonly string[] = navigator.languages): Language =>
  languages.find((tag) => /^(fr|en)\b/i.test(tag))?.slice(0, 2).toLowerCase() === 'fr' ? 'fr' : 'en';

export const resolveLanguage = (choice: UiLanguage): Language => (choice === 'system' ? systemLanguage() : choice);

export const translator = (language: Language): Translate => {
  const catalog = catalogs[language];
  const numbers = new Intl.NumberFormat(language);
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
};

type I18n = { language: Language; t: Translate };
const I18nContext = createContext<I18n>({ language: 'en', t: translator('en') });

export const I18nProvider = ({ language, children }: { language: Language; children: ReactNode }) => {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => useContext(I18nContext);
