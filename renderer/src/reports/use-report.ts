import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Report } from '../../../api';
import { useApi } from '../api/api-context';
import type { Range } from './range';

type State = { report: Report | null; error: ApiError | null };

// The report of one range, read again when the range changes and when what it counts changes
// (a message sent, a reply read, an order imported).
export const useReport = (range: Range) => {
  const api = useApi();
  const [state, setState] = useState<State>({ report: null, error: null });
  const generation = useRef(0);
  const { from, to } = range;

  const load = useCallback(async () => {
    const gen = (generation.current += 1);
    const result = await api.call('reports.get', { from, to });
    // An answer for a range the owner has already left is dropped.
    if (gen !== generation.current) return;
    setState(result.ok ? { report: result.value, error: null } : (s) => ({ ...s, error: result.error }));
  }, [api, from, to]);

  useEffect(() => {
    void load();
    return api.subscribe((event) => {
      if (['contacts.changed', 'outbox.changed', 'mailbox.changed', 'settings.changed'].includes(event.type)) void load();
    });
  }, [api, load]);

  return { ...state, reload: load };
};
