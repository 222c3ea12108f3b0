import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Contact, OutboxEntry } from '../../../api';
import { useApi } from '../api/api-context';

// `next` is undefined while the first answer is on its way, null when nothing is planned.
type State = { contactId: string; next: OutboxEntry | null | undefined; error: ApiError | null };

// The contact's next planned message. Core plans it from the timeline and the settings, so it
// is asked again when either changes.
export const useNextMessage = ({ id: contactId }: Contact) => {
  const api = useApi();
  const [state, setState] = useState<State>({ contactId, next: undefined, error: null });
  const ticket = useRef(0);

  // Answers to an older question are dropped: after a log, the newest plan wins.
  const load = useCallback(async () => {
    const mine = ++ticket.current;
    const result = await api.call('outbox.next', { contactId });
    if (mine !== ticket.current) return;
    setState((s) => (result.ok ? { contactId, next: result.value, error: null } : { ...s, contactId, error: result.error }));
  }, [api, contactId]);

  // Asked once per contact shown; after that, only the push events below: a log, an edit or a
  // complaint always sends contacts.changed, so following the contact object too asked 2–3 times.
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      api.subscribe((event) => {
        if ((event.type === 'contacts.changed' && event.ids.includes(contactId)) || event.type === 'settings.changed') void load();
      }),
    [api, contactId, load],
  );

  // Another contact's answer is never shown while this one's is loading.
  return state.contactId === contactId ? state : { contactId, next: undefined, error: null };
};
