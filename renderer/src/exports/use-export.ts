import { useEffect, useState } from 'react';
import type { ApiError, ExportCount, ExportFormat, ExportTarget } from '../../../api';
import { useApi } from '../api/api-context';
import { downloadText } from '../shared/download-text';

export type ExportProgress = { done: number; total: number };
export type ExportState =
  | { step: 'choosing' }
  | { step: 'running'; progress: ExportProgress | null }
  | { step: 'done'; count: number; fileName: string }
  | { step: 'failed'; error: ApiError };

// The count shown before an export runs (an audience leaves people out, so it is asked of core),
// then the file made by core and saved: a download in the browser, the save dialog in the app.
export const useExport = (target: ExportTarget, format: ExportFormat, delimiter: ',' | ';') => {
  const api = useApi();
  const [count, setCount] = useState<ExportCount | null>(null);
  const [state, setState] = useState<ExportState>({ step: 'choosing' });

  useEffect(() => {
    let isCurrent = true;
    setCount(null);
    void api.call('exports.count', { target, format }).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setCount(result.value);
      else setState({ step: 'failed', error: result.error });
    });
    return () => {
      isCurrent = false;
    };
    // The target is a new object on each render of the page; its content is what matters.
  }, [api, JSON.stringify(target), format]); // eslint-disable-line react-hooks/exhaustive-deps

  // Progress is pushed by core while it reads the contacts a page at a time.
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type === 'exports.progress') setState((now) => (now.step === 'running' ? { step: 'running', progress: { done: event.done, total: event.total } } : now));
      }),
    [api],
  );

  const run = async () => {
    setState({ step: 'running', progress: null });
    const result = await api.call('exports.file', { target, format, delimiter });
    if (!result.ok) {
      setState({ step: 'failed', error: result.error });
      return;
    }
    downloadText(result.value.fileName, result.value.content, result.value.mimeType);
    setState({ step: 'done', count: result.value.count, fileName: result.value.fileName });
  };
  return { count, state, run };
};
