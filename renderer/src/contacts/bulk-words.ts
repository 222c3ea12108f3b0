import { bulkEditFields, type BulkChange, type BulkEditField } from '../../../api';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

export { bulkEditFields, type BulkEditField };

// The value of a change in words: a basis or a kind by its label, a tag as typed.
export const valueWords = (field: BulkEditField, value: string, t: Translate): string => {
  if (field === 'consent-basis') return t(`consent.${value}` as MessageKey);
  if (field === 'kind') return t(`kind.${value}` as MessageKey);
  return value;
};

export const changeOf = (field: BulkEditField, value: string): BulkChange => ({ field, value }) as BulkChange;
