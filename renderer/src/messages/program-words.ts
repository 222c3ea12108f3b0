import type { ProgramId } from '../../../api';
import { isMessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';

// Steps per program, in the order they go (core/templates/shipped-templates.ts has the same).
export const programSteps: Record<ProgramId, readonly number[]> = {
  'cart-recovery': [1, 2, 3],
  reactivation: [1, 2],
  'review-request': [1, 2],
  'checkout-unpaid': [1, 2, 3],
  'product-viewed': [1],
  'quote-follow-up': [1, 2],
};


type Unit = 'day' | 'month' | 'time';

// French counts 0 and 1 as singular, English only 1: Intl knows both rules.
export const howMany = (t: Translate, language: Language, count: number, unit: Unit): string =>
  t(`messages.unit.${unit}.${pluralKey(language, count, 'one', 'other')}`, { count });

export type ProgramRules = { maxPerYear: number; minGapMonths: number; afterDays: number; reminderDays: number };

// What one step does, with the owner's current numbers filled in.
export const stepWords = (t: Translate, language: Language, program: ProgramId, step: number, rules: ProgramRules): string => {
  const key = `messages.step.${program}.${step}`;
  const values = { after: howMany(t, language, rules.afterDays, 'day'), reminder: howMany(t, language, rules.reminderDays, 'day') };
  return isMessageKey(key) ? t(key, values) : '';
};

// A step's short name, for the list of templates.
export const stepTitle = (t: Translate, program: ProgramId, step: number): string => {
  const key = `messages.stepTitle.${program}.${step}`;
  return isMessageKey(key) ? t(key) : String(step);
};
