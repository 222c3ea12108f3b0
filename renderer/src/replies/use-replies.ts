import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Reply } from '../../../api';
import { useApi } from '../api/api-context';

const PAGE = 50;
// The contract's largest page.
const MAX_LIMIT = 200;

type State = { rows: Reply[]; total: number | null; error: ApiError | null };

// Replies and unsubscribes read from the mailbox, newest first, a page at a time; read again
// after each check of the mailbox and when a contact changes (renamed, deleted).
export const useReplies = () => {
  const api = useApi();
  const [state, setState] = useState<State>({ rows: [], total: null, error: null });
  const generation = useRef(0);
  const shown = useRef(PAGE);

  const load = useCallback(async () => {
    const gen = (generation.current += 1);
    const rows: Reply[] = [];
    let total = 0;
    do {
      const result = await api.call('replies.list', { offset: rows.length, limit: Math.min(shown.current - rows.length, MAX_LIMIT) });
      if (gen !== generation.current) return;
      if (!result.ok) return setState((s) => ({ ...s, error: result.error }));
      rows.push(...result.value.rows);
      total = result.value.total;
      if (result.value.rows.length === 0) break;
    } while (rows.length < Math.min(shown.current, total));
    setState({ rows, total, error: null });
  }, [api]);

  useEffect(() => {
    void load();
    return api.subscribe((event) => {
      if (event.type === 'mailbox.changed' || event.type === 'contacts.changed') void load();
    });
  }, [api, load]);

  const loadMore = useCallback(() => {
    shown.current += PAGE;
    void load();
  }, [load]);

  return { ...state, loadMore, reload: load };
};
