import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, OutboxEntry, OutboxPage, OutboxView } from '../../../api';
import { useApi } from '../api/api-context';

export const PAGE = 50;
// The contract's largest page; "load more" past it is fetched in several calls.
const MAX_LIMIT = 500;

export type OutboxCounts = OutboxPage['counts'];
// `view`: the tab the rows are of. Until a new tab's rows arrive, the last tab's are not shown:
// for one paint after a switch, before the effect below resets them, they were.
type State = { view: OutboxView; rows: OutboxEntry[]; total: number | null; counts: OutboxCounts | null; error: ApiError | null };

// One tab of the outbox, PAGE rows at a time ("load more"). It is fetched again whenever a
// contact changes (an order cancels cart messages) and whenever the outbox does (a message
// was planned, sent, deferred, or changed state in another window).
export const useOutbox = (view: OutboxView) => {
  const api = useApi();
  const [state, setState] = useState<State>({ view, rows: [], total: null, counts: null, error: null });
  const generation = useRef(0);
  const shown = useRef(PAGE);

  const load = useCallback(async () => {
    const gen = (generation.current += 1);
    const rows: OutboxEntry[] = [];
    let last: OutboxPage | null = null;
    while (rows.length < shown.current) {
      const result = await api.call('outbox.list', { view, offset: rows.length, limit: Math.min(MAX_LIMIT, shown.current - rows.length) });
      if (gen !== generation.current) return;
      if (!result.ok) {
        setState((s) => ({ ...s, error: result.error }));
        return;
      }
      last = result.value;
      rows.push(...last.rows);
      if (last.rows.length === 0 || rows.length >= last.total) break;
    }
    if (last) setState({ view, rows, total: last.total, counts: last.counts, error: null });
  }, [api, view]);

  useEffect(() => {
    shown.current = PAGE;
    setState((s) => ({ ...s, view, rows: [], total: null, error: null }));
    void load();
    return api.subscribe((event) => {
      if (event.type === 'contacts.changed' || event.type === 'outbox.changed') void load();
    });
  }, [api, load]);

  const loadMore = useCallback(() => {
    shown.current += PAGE;
    void load();
  }, [load]);

  // An action's answer replaces its row at once; the reload that follows may move it to another tab.
  const patch = useCallback((entry: OutboxEntry) => {
    setState((s) => ({ ...s, rows: s.rows.map((row) => (row.id === entry.id ? entry : row)) }));
  }, []);

  const isCurrent = state.view === view;
  return { ...state, rows: isCurrent ? state.rows : [], total: isCurrent ? state.total : null, loadMore, reload: load, patch };
};
