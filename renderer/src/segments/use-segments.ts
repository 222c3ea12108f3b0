import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, SegmentId, SegmentParams, SegmentSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { useDebouncedEffect } from '../shared/use-debounced-effect';

export type ParamsById = Partial<Record<SegmentId, SegmentParams>>;

// Typing "30" in a parameter sends one request, not two.
const TYPING_PAUSE_MS = 200;

// Every segment with its live count, for the parameters being edited. Counted again when
// contacts change anywhere (another window, an import) or the giving year setting changes.
export const useSegments = () => {
  const api = useApi();
  const [params, setParams] = useState<ParamsById>({});
  const [segments, setSegments] = useState<SegmentSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isCounting, setCounting] = useState(true);
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const ticket = useRef(0);

  // Answers to older parameters are dropped, so the counts always match the inputs.
  const load = useCallback(async () => {
    const mine = ++ticket.current;
    setCounting(true);
    const result = await api.call('segments.list', { params: paramsRef.current });
    if (mine !== ticket.current) return;
    setCounting(false);
    if (result.ok) setSegments(result.value);
    setError(result.ok ? null : result.error);
  }, [api]);

  useDebouncedEffect(() => void load(), [params, load], TYPING_PAUSE_MS);

  useEffect(
    () => api.subscribe((event) => (event.type === 'contacts.changed' || event.type === 'settings.changed') && void load()),
    [api, load],
  );

  const setParam = useCallback((id: SegmentId, name: string, value: number) => {
    setParams((previous) => ({ ...previous, [id]: { ...previous[id], [name]: value } }));
  }, []);

  return { segments, params, setParam, error, isCounting, reload: load };
};
