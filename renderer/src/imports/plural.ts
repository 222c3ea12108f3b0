import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';

// French treats 0 and 1 as singular, English only 1: Intl knows both rules.
export const plural = (t: Translate, language: Language, count: number, one: MessageKey, other: MessageKey): string =>
  t(new Intl.PluralRules(language).select(count) === 'one' ? one : other, { count });
