import { useI18n } from '../i18n/i18n';
import { mergeFieldGroups, type FieldUse } from './merge-fields';

type Props = { use: FieldUse; onInsert: (field: string) => void };

// Every merge field, grouped; a click puts it at the cursor. Fields the text needs are marked.
export const MergeFieldList = ({ use, onInsert }: Props) => {
  const { t } = useI18n();
  return (
    <div className="msg-fields" aria-labelledby="msg-fields-title">
      <p id="msg-fields-title" className="msg-fields-title">
        {t('messages.fields.title')}
      </p>
      <p className="hint">{t('messages.fields.hint')}</p>
      {mergeFieldGroups.map((group) => (
        <div key={group.label} className="msg-field-group">
          <p className="msg-field-group-name">{t(group.label)}</p>
          <ul>
            {group.fields.map((field) => {
              const isRequired = use.required.includes(field);
              const isUsed = use.used.includes(field);
              return (
                <li key={field}>
                  <button
                    type="button"
                    className="msg-field"
                    data-field={field}
                    data-required={isRequired || undefined}
                    title={t('messages.fields.insert', { field: `{{${field}}}` })}
                    onClick={() => onInsert(field)}
                  >
                    <span className="msg-field-label">{t(`messages.field.${field}`)}</span>
                    <code>{`{{${field}}}`}</code>
                    {isRequired ? (
                      <span className="msg-pill msg-pill-required">{t('messages.fields.required')}</span>
                    ) : isUsed ? (
                      <span className="msg-pill">{t('messages.fields.withFallback')}</span>
                    ) : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
};
