import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, MailboxStatus } from '../../../api';
import { useApi } from '../api/api-context';

// The mailbox as core sees it (settings, pause, today's figures), read again whenever the
// mailbox or the outbox changes. Answers to an older request are dropped. `replace` takes the
// status an action answered with (save, resume, pause), so the window does not wait for the event.
export const useMailboxStatus = () => {
  const api = useApi();
  const [status, setStatus] = useState<MailboxStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const gen = ++generation.current;
    const result = await api.call('mailbox.get', {});
    if (gen !== generation.current) return;
    if (result.ok) {
      setStatus(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api]);

  const replace = useCallback((next: MailboxStatus) => {
    generation.current += 1;
    setStatus(next);
    setError(null);
  }, []);

  useEffect(() => {
    void load();
    return api.subscribe((event) => {
      if (event.type === 'mailbox.changed' || event.type === 'outbox.changed') void load();
    });
  }, [api, load]);

  return { status, error, reload: load, replace };
};
