import { useState } from 'react';
import { consentBases, contactKinds, type BulkEditCount, type BulkTarget } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { bulkEditFields, changeOf, valueWords, type BulkEditField } from './bulk-words';
import { ConfirmDialog } from '../shared/ConfirmDialog';

type Props = { target: BulkTarget; onDone: (message: string) => void };

const firstValue: Record<BulkEditField, string> = { 'consent-basis': 'soft-opt-in', 'add-tag': '', 'remove-tag': '', kind: 'customer' };

// A legal basis, a tag or a kind for the selection. The server first counts who would change, so
// the confirmation says how many people it is, then does it in one go (contacts.bulkEdit).
export const BulkEditForm = ({ target, onDone }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [field, setField] = useState<BulkEditField>('consent-basis');
  const [value, setValue] = useState(firstValue['consent-basis']);
  const [count, setCount] = useState<BulkEditCount | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const change = changeOf(field, value.trim());
  const isTag = field === 'add-tag' || field === 'remove-tag';

  const ask = async () => {
    setIsBusy(true);
    const result = await api.call('contacts.bulkCount', { target, change });
    setIsBusy(false);
    if (!result.ok) return onDone(describeError(result.error, t));
    if (result.value.changing === 0) return onDone(t('bulk.nothing'));
    setCount(result.value);
  };

  const apply = async () => {
    setCount(null);
    setIsBusy(true);
    const result = await api.call('contacts.bulkEdit', { target, change });
    setIsBusy(false);
    onDone(result.ok ? counted(t, language, 'bulk.done', result.value.contactCount) : describeError(result.error, t));
  };

  const already = count ? count.selected - count.changing - count.optedOut : 0;
  const body = count && [
    field === 'consent-basis' ? t('bulk.basisEvidence') : '',
    count.optedOut > 0 ? counted(t, language, 'bulk.optedOut', count.optedOut) : '',
    already > 0 ? counted(t, language, 'bulk.already', already) : '',
    t('bulk.confirmBody'),
  ].filter(Boolean).join(' ');

  return (
    <div className="bulk-edit">
      <label htmlFor="bulk-field">{t('bulk.change')}</label>
      <select
        id="bulk-field"
        value={field}
        onChange={(e) => {
          const next = e.target.value as BulkEditField;
          setField(next);
          setValue(firstValue[next]);
        }}
      >
        {bulkEditFields.map((f) => (
          <option key={f} value={f}>
            {t(`bulk.field.${f}`)}
          </option>
        ))}
      </select>
      {isTag ? (
        <input aria-label={t('bulk.tag')} value={value} maxLength={60} onChange={(e) => setValue(e.target.value)} />
      ) : (
        <select aria-label={t('bulk.value')} value={value} onChange={(e) => setValue(e.target.value)}>
          {(field === 'kind' ? contactKinds : consentBases).map((option) => (
            <option key={option} value={option}>
              {valueWords(field, option, t)}
            </option>
          ))}
        </select>
      )}
      <button type="button" disabled={isBusy || value.trim() === ''} onClick={() => void ask()}>
        {isBusy ? t('bulk.counting') : t('bulk.apply')}
      </button>
      {count && body && (
        <ConfirmDialog
          title={counted(t, language, `bulk.confirm.${field}`, count.changing, { value: valueWords(field, value.trim(), t) })}
          body={body}
          confirmLabel={t('bulk.confirmLabel')}
          cancelLabel={t('form.cancel')}
          onConfirm={() => void apply()}
          onCancel={() => setCount(null)}
        />
      )}
    </div>
  );
};
