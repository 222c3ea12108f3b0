import { useRef, useState } from 'react';
import type { ImportPreview, ImportSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import type { Request } from './CheckStep';
import { downloadText } from '../shared/download-text';
import { describeImportError } from './import-error';
import type { Progress } from './ImportProgress';
import type { Outcome } from './ImportResult';
import { useJobEvents, type JobEvent } from './use-job-events';

export type Flow =
  | { step: 'pick'; busyFile: string | null }
  | { step: 'check'; request: Request; preview: ImportPreview; isRefreshing: boolean }
  | { step: 'import'; request: Request; preview: ImportPreview; jobId: string | null; progress: Progress | null; isCancelling: boolean }
  | { step: 'result'; request: Request; preview: ImportPreview; outcome: Outcome; message: string; summary: ImportSummary | null };

type Checked = { request: Request; preview: ImportPreview };

// The four steps of an import as one state machine, and the calls that move between them.
export const useImportFlow = (reloadHistory: () => Promise<ImportSummary[] | null>) => {
  const api = useApi();
  const { t } = useI18n();
  const [flow, setFlow] = useState<Flow>({ step: 'pick', busyFile: null });
  const [error, setError] = useState('');
  // Each preview bumps this; an answer to an older one (a select changed twice) is dropped.
  const generation = useRef(0);
  // The file last chosen: its staged copy goes when its import ends, so a retry stages it again.
  const lastFile = useRef<File | null>(null);

  const runPreview = async (request: Request, previous: Checked | null) => {
    const current = ++generation.current;
    setError('');
    const result = await api.call('imports.preview', request);
    if (current !== generation.current) return;
    if (result.ok) {
      setFlow({ step: 'check', request, preview: result.value, isRefreshing: false });
      return;
    }
    setError(describeImportError(result.error, t));
    setFlow(previous ? { step: 'check', ...previous, isRefreshing: false } : { step: 'pick', busyFile: null });
  };

  const onJobEvent = async (event: JobEvent) => {
    if (event.type === 'imports.progress') {
      const { phase, done, total } = event;
      setFlow((f) => (f.step === 'import' ? { ...f, progress: { phase, done, total } } : f));
      return;
    }
    const list = await reloadHistory();
    const summary = list?.find((entry) => entry.id === event.importId) ?? null;
    setFlow((f) => (f.step === 'import' ? { step: 'result', request: f.request, preview: f.preview, outcome: event.outcome, message: event.message, summary } : f));
  };

  const jobs = useJobEvents((event) => void onJobEvent(event), () => void reloadHistory());

  const pickFile = async (file: File) => {
    lastFile.current = file;
    generation.current += 1;
    setError('');
    setFlow({ step: 'pick', busyFile: file.name });
    const staged = await api.stageFile(file);
    if (!staged.ok) {
      setError(describeImportError(staged.error, t));
      setFlow({ step: 'pick', busyFile: null });
      return;
    }
    await runPreview({ fileId: staged.value.fileId, mapping: null, mode: 'update', country: null, fileBasis: null }, null);
  };

  const change = (patch: Partial<Request>) => {
    if (flow.step !== 'check') return;
    const request = { ...flow.request, ...patch };
    setFlow({ ...flow, request, isRefreshing: true });
    void runPreview(request, { request: flow.request, preview: flow.preview });
  };

  const start = async () => {
    if (flow.step !== 'check') return;
    generation.current += 1;
    const { request, preview } = flow;
    setError('');
    setFlow({ step: 'import', request, preview, jobId: null, progress: null, isCancelling: false });
    const result = await api.call('imports.start', request);
    if (!result.ok) {
      setError(describeImportError(result.error, t));
      setFlow({ step: 'check', request, preview, isRefreshing: false });
      return;
    }
    setFlow((f) => (f.step === 'import' ? { ...f, jobId: result.value.jobId } : f));
    jobs.follow(result.value.jobId);
  };

  const cancel = async () => {
    if (flow.step !== 'import' || !flow.jobId) return;
    setFlow({ ...flow, isCancelling: true });
    const result = await api.call('imports.cancel', { jobId: flow.jobId });
    if (!result.ok) setError(describeImportError(result.error, t));
  };

  const downloadRejected = async () => {
    if (flow.step !== 'check') return;
    const result = await api.call('imports.rejectedCsv', flow.request);
    if (result.ok) downloadText(result.value.fileName, result.value.csv);
    else setError(describeImportError(result.error, t));
  };

  const anotherFile = () => {
    generation.current += 1;
    jobs.unfollow();
    setError('');
    setFlow({ step: 'pick', busyFile: null });
  };

  const retry = async () => {
    if (flow.step !== 'result') return;
    const { request, preview } = flow;
    setFlow({ step: 'pick', busyFile: preview.fileName });
    const file = lastFile.current;
    if (!file) return runPreview(request, null);
    const staged = await api.stageFile(file);
    if (!staged.ok) {
      setError(describeImportError(staged.error, t));
      setFlow({ step: 'pick', busyFile: null });
      return;
    }
    // The same choices (mapping, mode, country) on the file staged again.
    await runPreview({ ...request, fileId: staged.value.fileId }, null);
  };

  // After an undo from the history, the result step shows the same import as undone.
  const undone = (summary: ImportSummary) =>
    setFlow((f) => (f.step === 'result' && f.summary?.id === summary.id ? { ...f, summary } : f));

  return { flow, error, setError, pickFile, change, start, cancel, downloadRejected, anotherFile, retry, undone };
};
