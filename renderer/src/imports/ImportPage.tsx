import { useState } from 'react';
import type { ImportSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useI18n } from '../i18n/i18n';
import { CheckStep } from './CheckStep';
import { FilePicker } from './FilePicker';
import { describeImportError } from './import-error';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { undoBody } from './result-words';
import { StepList } from './StepList';
import { useImportFlow } from './use-import-flow';
import { useImportHistory } from './use-import-history';
import { ZoneNote } from '../shared/ZoneNote';

type Props = { defaultCountry: string };

export const ImportPage = ({ defaultCountry }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const history = useImportHistory();
  const { flow, error, setError, ...actions } = useImportFlow(history.reload);
  const [toUndo, setToUndo] = useState<ImportSummary | null>(null);
  const [status, setStatus] = useState('');

  const confirmUndo = async (summary: ImportSummary) => {
    setToUndo(null);
    setStatus('');
    const result = await api.call('imports.undo', { id: summary.id });
    if (result.ok) {
      actions.undone(result.value);
      setStatus(t('import.undo.done', { file: summary.fileName }));
    } else {
      setError(describeImportError(result.error, t));
    }
    await history.reload();
  };

  const askUndo = (summary: ImportSummary) => {
    setStatus('');
    setToUndo(summary);
  };

  return (
    <section className="page import-page">
      <h1>{t('import.title')}</h1>
      <StepList current={flow.step} />
      {error && (
        <p role="alert" className="import-error">
          {error}
        </p>
      )}
      <p role="status" className="status">
        {status}
      </p>

      <div className="card import-step">
        {flow.step === 'pick' && (
          <>
            <p className="lead">{t('import.pick.lead')}</p>
            <FilePicker busyFile={flow.busyFile} onFile={(file) => void actions.pickFile(file)} />
            <p className="muted">{t('import.pick.reads')}</p>
            <p className="muted">{t('import.pick.nothingSaved')}</p>
          </>
        )}
        {flow.step === 'check' && (
          <>
            <h2 className="file-title">{flow.preview.fileName}</h2>
            <CheckStep
              preview={flow.preview}
              request={flow.request}
              defaultCountry={defaultCountry}
              isRefreshing={flow.isRefreshing}
              onChange={actions.change}
              onDownloadRejected={() => void actions.downloadRejected()}
              onStart={() => void actions.start()}
              onAnotherFile={actions.anotherFile}
            />
          </>
        )}
        {flow.step === 'import' && (
          <ImportProgress
            fileName={flow.preview.fileName}
            progress={flow.progress}
            isCancelling={flow.isCancelling}
            onCancel={() => void actions.cancel()}
          />
        )}
        {flow.step === 'result' && (
          <ImportResult
            outcome={flow.outcome}
            message={flow.message}
            summary={flow.summary}
            onUndo={askUndo}
            onAnotherFile={actions.anotherFile}
            onRetry={actions.retry}
          />
        )}
      </div>

      <section className="import-history" aria-labelledby="import-history-title">
        <h2 id="import-history-title">{t('import.history.title')}</h2>
        <ZoneNote />
        {history.error && <p role="alert" className="import-error">{describeImportError(history.error, t)}</p>}
        <ImportHistory imports={history.imports} onUndo={askUndo} />
      </section>

      {toUndo && (
        <ConfirmDialog
          title={t('import.undo.title', { file: toUndo.fileName })}
          body={undoBody(toUndo, t, language)}
          confirmLabel={t('import.undo.confirm')}
          cancelLabel={t('import.undo.cancel')}
          onConfirm={() => void confirmUndo(toUndo)}
          onCancel={() => setToUndo(null)}
        />
      )}
    </section>
  );
};
