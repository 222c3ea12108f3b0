import type { ImportSummary } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { plural } from '../i18n/plural';
import { resultLine, skippedLine } from './result-words';

export type Outcome = 'done' | 'cancelled' | 'failed';

type Props = {
  outcome: Outcome;
  message: string;
  summary: ImportSummary | null;
  onUndo: (summary: ImportSummary) => void;
  onAnotherFile: () => void;
  onRetry: () => void;
};

// Step 4: what was saved, with the way back (undo) right there.
export const ImportResult = ({ outcome, message, summary, onUndo, onAnotherFile, onRetry }: Props) => {
  const { t, language } = useI18n();
  const another = (
    <button type="button" className={outcome === 'done' ? 'primary' : undefined} onClick={onAnotherFile}>
      {t('import.result.another')}
    </button>
  );

  if (outcome === 'cancelled') {
    return (
      <div className="import-result" data-outcome={outcome}>
        <h2>{t('import.result.cancelledTitle')}</h2>
        <p>{t('import.result.cancelled')}</p>
        <div className="step-actions">{another}</div>
      </div>
    );
  }
  if (outcome === 'failed') {
    return (
      <div className="import-result" data-outcome={outcome} role="alert">
        <h2>{t('import.result.failedTitle')}</h2>
        <p>{message}</p>
        <p>{t('import.result.failedNothingSaved')}</p>
        <div className="step-actions">
          {another}
          <button type="button" className="primary" onClick={onRetry}>
            {t('import.result.retry')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="import-result" data-outcome={outcome}>
      <h2>{summary?.undoneAt ? t('import.result.undoneTitle') : t('import.result.doneTitle')}</h2>
      {summary ? (
        <>
          <p className="big-number" data-testid="import-result-counts">
            {resultLine(summary, t, language)}
          </p>
          {summary.skipped + summary.rejected > 0 && (
            <p className="muted">{skippedLine(summary, t, language)}</p>
          )}
          {summary.erasedSkipped > 0 && (
            <p className="muted" data-testid="import-erased-skipped">
              {plural(t, language, summary.erasedSkipped, 'import.result.erasedSkipped.one', 'import.result.erasedSkipped.other')}
            </p>
          )}
          {summary.undoneAt && <p className="notice">{t('import.result.undone')}</p>}
        </>
      ) : (
        <p>{message}</p>
      )}
      <div className="step-actions">
        {summary && !summary.undoneAt && (
          <button type="button" className="danger" onClick={() => onUndo(summary)}>
            {t('import.result.undo')}
          </button>
        )}
        {another}
      </div>
    </div>
  );
};
