import { useState, type FormEvent } from 'react';
import type { Report } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { programName } from './report-text';

export type Days = Report['attributionDays'];
// onSave stores the new windows and says, in a sentence, how that went.
type Props = { days: Days; onSave: (days: Days) => Promise<string> };

// How many days after a message an order or gift still counts for it, per program. Saved in the
// settings; the report reads them again when the settings change.
export const AttributionWindows = ({ days, onSave }: Props) => {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(days).map(([p, n]) => [p, String(n)])));
  const [status, setStatus] = useState('');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(Object.entries(draft).map(([p, n]) => [p, Number(n)])) as Days;
    const wrong = Object.entries(next).find(([, n]) => !Number.isInteger(n) || n < 1 || n > 365);
    if (wrong) {
      setStatus(t('reports.windows.invalid', { program: programName(t, wrong[0]) }));
      return;
    }
    setStatus(await onSave(next));
  };

  return (
    <details className="reports-windows">
      <summary>{t('reports.windows.change')}</summary>
      <form onSubmit={(event) => void save(event)} className="reports-windows-form">
        {Object.keys(days).map((program) => (
          <label key={program}>
            {programName(t, program)}
            <span className="reports-windows-field">
              <input
                type="number"
                min={1}
                max={365}
                required
                value={draft[program] ?? ''}
                onChange={(e) => setDraft({ ...draft, [program]: e.target.value })}
                data-testid={`window-${program}`}
              />
              {t('reports.windows.unit')}
            </span>
          </label>
        ))}
        <button type="submit">{t('reports.windows.save')}</button>
        <span role="status" className="status">{status}</span>
      </form>
    </details>
  );
};
