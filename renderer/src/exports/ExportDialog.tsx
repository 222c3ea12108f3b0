import { useEffect, useId, useRef, useState } from 'react';
import { isAudienceFormat, type ExportFormat, type ExportTarget } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { useExport } from './use-export';
import './exports.css';

type Props = { target: ExportTarget; title: string; formats: readonly ExportFormat[]; onClose: () => void };

// Export contacts (all, a selection, a search or a segment) as CSV or vCard, or a segment as a
// hashed ad audience: the format, the CSV separator, how many go in, and for an audience what
// leaves the computer and a warning under 100 people.
export const ExportDialog = ({ target, title, formats, onClose }: Props) => {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const delimiterId = useId();
  const [format, setFormat] = useState<ExportFormat>(formats[0]!);
  // A French Excel splits columns on ";", an English one on ",".
  const [delimiter, setDelimiter] = useState<',' | ';'>(language === 'fr' ? ';' : ',');
  const { count, state, run } = useExport(target, format, delimiter);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const isAudience = isAudienceFormat(format);
  const isRunning = state.step === 'running';

  return (
    <dialog ref={ref} className="confirm export-dialog" aria-labelledby="export-title" onCancel={onClose}>
      <h2 id="export-title">{title}</h2>
      <fieldset disabled={isRunning}>
        <legend>{t('exports.format')}</legend>
        {formats.map((choice) => (
          <label key={choice} className="export-choice">
            <input type="radio" name="export-format" value={choice} checked={format === choice} onChange={() => setFormat(choice)} />
            <span>{t(`exports.format.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      {format === 'csv' && (
        <div className="export-delimiter">
          <label htmlFor={delimiterId}>{t('exports.delimiter')}</label>
          <select id={delimiterId} value={delimiter} disabled={isRunning} onChange={(e) => setDelimiter(e.target.value === ';' ? ';' : ',')}>
            <option value=";">{t('exports.delimiter.semicolon')}</option>
            <option value=",">{t('exports.delimiter.comma')}</option>
          </select>
        </div>
      )}
      <p className="export-count" aria-live="polite">
        {count === null ? t('exports.counting') : counted(t, language, isAudience ? 'exports.audienceCount' : 'exports.count', count.count)}
        {count !== null && isAudience && count.leftOut > 0 && <> {counted(t, language, 'exports.leftOut', count.leftOut)}</>}
      </p>
      {isAudience && count?.isBelowAudienceMinimum && (
        <p className="export-warning" role="alert">
          {t('exports.belowMinimum')}
        </p>
      )}
      {isAudience && <p className="export-explanation">{t('exports.explanation')}</p>}
      {isRunning && (
        <p role="status" className="export-progress">
          <progress max={state.progress?.total || 1} value={state.progress?.done ?? 0} />
          {state.progress && t('exports.running', { done: state.progress.done, total: state.progress.total })}
        </p>
      )}
      {state.step === 'done' && (
        <p role="status" className="export-done">
          {counted(t, language, 'exports.done', state.count, { file: state.fileName })}
        </p>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="export-error">
          {t('exports.error', { message: describeError(state.error, t) })}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('exports.cancel')}
        </button>
        <button type="button" className="primary" disabled={isRunning || count === null} onClick={() => void run()}>
          {t('exports.run')}
        </button>
      </div>
    </dialog>
  );
};
