import { useI18n } from '../i18n/i18n';

export type Progress = { phase: 'reading' | 'checking' | 'writing'; done: number; total: number };

type Props = { fileName: string; progress: Progress | null; isCancelling: boolean; onCancel: () => void };

// Step 3. The work runs in a worker thread, so this page and the others stay usable meanwhile.
export const ImportProgress = ({ fileName, progress, isCancelling, onCancel }: Props) => {
  const { t } = useI18n();
  const hasTotal = progress !== null && progress.total > 0;
  const phase = progress ? t(`import.progress.${progress.phase}`) : t('import.progress.starting');
  return (
    <div className="import-progress">
      <h2>{t('import.progress.title', { file: fileName })}</h2>
      {/* Without value a <progress> shows as indeterminate: right until the first event. */}
      <progress aria-label={phase} {...(hasTotal ? { value: progress.done, max: progress.total } : {})} />
      <p className="progress-line" aria-live="polite">
        <span>{phase}</span>
        {hasTotal && <span className="progress-count">{t('import.progress.count', { done: progress.done, total: progress.total })}</span>}
      </p>
      <p className="muted">{t('import.progress.keepWorking')}</p>
      <div className="step-actions">
        <button type="button" disabled={isCancelling} onClick={onCancel}>
          {isCancelling ? t('import.progress.cancelling') : t('import.progress.cancel')}
        </button>
      </div>
    </div>
  );
};
