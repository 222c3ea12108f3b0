import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { describe, FormField } from '../shared/FormField';

export type RuleField = { key: string; label: MessageKey; hint: MessageKey; min: number; max: number };

type Props = {
  id: string;
  fields: readonly RuleField[];
  values: Readonly<Record<string, unknown>>;
  // Resolves to an error to show, or null once saved.
  onSave: (values: Record<string, number>) => Promise<string | null>;
};

// A program's numbers (how often, how long to wait), checked against the contract's limits before saving.
export const RulesForm = ({ id, fields, values, onSave }: Props) => {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.key, String(values[f.key])])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const isDirty = fields.some((f) => draft[f.key] !== String(values[f.key]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const parsed: Record<string, number> = {};
    for (const field of fields) {
      const value = Number(draft[field.key]);
      if (draft[field.key]?.trim() === '' || !Number.isInteger(value) || value < field.min || value > field.max) {
        found[field.key] = t('messages.rules.range', { min: field.min, max: field.max });
      } else parsed[field.key] = value;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus(t('messages.business.fixErrors'));
      return;
    }
    const problem = await onSave(parsed);
    setStatus(problem ?? t('messages.rules.saved'));
  };

  return (
    <form className="msg-rules" onSubmit={(e) => void submit(e)} noValidate>
      <div className="msg-rules-fields">
        {fields.map((field) => {
          const inputId = `${id}-${field.key}`;
          return (
            <FormField key={field.key} id={inputId} label={t(field.label)} hint={t(field.hint)} error={errors[field.key]}>
              <input
                id={inputId}
                type="number"
                inputMode="numeric"
                min={field.min}
                max={field.max}
                step={1}
                value={draft[field.key]}
                onChange={(e) => {
                  setDraft((d) => ({ ...d, [field.key]: e.target.value }));
                  setStatus('');
                }}
                {...describe(inputId, errors[field.key], true)}
              />
            </FormField>
          );
        })}
      </div>
      <div className="msg-save-bar">
        <p role="status" className="status">
          {status}
        </p>
        <button type="submit" disabled={!isDirty}>
          {t('messages.rules.save')}
        </button>
      </div>
    </form>
  );
};
