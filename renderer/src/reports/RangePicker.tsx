import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { isValidRange, rangeKinds, type Range, type RangeKind } from './range';

type Props = { kind: RangeKind; range: Range; onPreset: (kind: Exclude<RangeKind, 'custom'>) => void; onCustom: (range: Range) => void };

// The period as a row of choices; "Custom" opens two day fields read in the owner's zone.
export const RangePicker = ({ kind, range, onPreset, onCustom }: Props) => {
  const { t } = useI18n();
  const [isCustom, setIsCustom] = useState(kind === 'custom');
  const [draft, setDraft] = useState<Range>(range);
  const isValid = isValidRange(draft);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isValid) onCustom(draft);
  };

  return (
    <form className="reports-range" onSubmit={submit}>
      <fieldset>
        <legend>{t('reports.range.label')}</legend>
        <div className="reports-range-kinds">
          {rangeKinds.map((option) => (
            <label key={option} className="reports-range-kind">
              <input
                type="radio"
                name="reports-range"
                value={option}
                checked={isCustom ? option === 'custom' : option === kind}
                onChange={() => {
                  if (option === 'custom') {
                    setDraft(range);
                    setIsCustom(true);
                  } else {
                    setIsCustom(false);
                    onPreset(option);
                  }
                }}
              />
              {t(`reports.range.${option}` as MessageKey)}
            </label>
          ))}
        </div>
        {isCustom && (
          <div className="reports-range-custom">
            <label>
              {t('reports.range.from')}
              <input type="date" value={draft.from} max={draft.to || undefined} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
            </label>
            <label>
              {t('reports.range.to')}
              <input type="date" value={draft.to} min={draft.from || undefined} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
            </label>
            <button type="submit" className="primary" disabled={!isValid}>
              {t('reports.range.show')}
            </button>
            {!isValid && <p className="hint">{t('reports.range.invalid')}</p>}
          </div>
        )}
      </fieldset>
    </form>
  );
};
