import type { MessageKey } from './en';
import type { Language, Translate } from './i18n';

// French treats 0 and 1 as singular, English only 1: Intl knows both rules. Built once per
// language rather than on every render.
const rules: Record<Language, Intl.PluralRules> = { en: new Intl.PluralRules('en'), fr: new Intl.PluralRules('fr') };

// Which of a message's two forms fits this count.
export const pluralKey = <K extends string>(language: Language, count: number, one: K, other: K): K =>
  rules[language].select(count) === 'one' ? one : other;

export const plural = (t: Translate, language: Language, count: number, one: MessageKey, other: MessageKey): string =>
  t(pluralKey(language, count, one, other), { count });

// A message that exists as `<base>.one` and `<base>.other` (i18n-plurals.test.ts checks every
// message with a {count} comes in such a pair).
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

export const counted = (t: Translate, language: Language, base: PluralBase, count: number, params?: Record<string, string | number>): string =>
  t(pluralKey(language, count, `${base}.one`, `${base}.other`) as MessageKey, { ...params, count });
