import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, TimelineEvent } from '../../../api';
import { useApi } from '../api/api-context';

const PAGE = 30;

type State = { rows: TimelineEvent[]; total: number | null; error: ApiError | null };

// A contact's timeline, newest first, a page at a time; it reloads when this contact changes
// anywhere (a quick log here, the global Log… dialog, another window, an import).
export const useTimeline = (contactId: string) => {
  const api = useApi();
  const [state, setState] = useState<State>({ rows: [], total: null, error: null });
  const generation = useRef(0);
  const shown = useRef(PAGE);

  const load = useCallback(async () => {
    const gen = (generation.current += 1);
    const result = await api.call('timeline.list', { contactId, offset: 0, limit: shown.current });
    if (gen !== generation.current) return;
    if (result.ok) setState({ rows: result.value.rows, total: result.value.total, error: null });
    else setState((s) => ({ ...s, error: result.error }));
  }, [api, contactId]);

  useEffect(() => {
    shown.current = PAGE;
    setState({ rows: [], total: null, error: null });
    void load();
    return api.subscribe((event) => {
      if (event.type === 'contacts.changed' && event.ids.includes(contactId)) void load();
    });
  }, [api, contactId, load]);

  const loadMore = useCallback(() => {
    shown.current += PAGE;
    void load();
  }, [load]);

  return { ...state, loadMore, reload: load };
};
