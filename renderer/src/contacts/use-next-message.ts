import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Contact, OutboxEntry } from '../../../api';
import { useApi } from '../api/api-context';

// `next` is undefined while the first answer is on its way, null when nothing is planned.
type State = { contactId: string; next: OutboxEntry | null | undefined; error: ApiError | null };

// The contact's next planned message. Core plans it from the timeline and the settings, so it
// is asked again when either changes.
export const useNextMessage = (contact: Contact) => {
  const api = useApi();
  const contactId = contact.id;
  const [state, setState] = useState<State>({ contactId, next: undefined, error: null });
  const ticket = useRef(0);

  // Answers to an older question are dropped: after a log, the newest plan wins.
  const load = useCallback(async () => {
    const mine = ++ticket.current;
    const result = await api.call('outbox.next', { contactId });
    if (mine !== ticket.current) return;
    setState((s) => (result.ok ? { contactId, next: result.value, error: null } : { ...s, contactId, error: result.error }));
  }, [api, contactId]);

  // The panel hands over a fresh contact after an event is logged there (or it is edited):
  // that is when the plan most likely moved, so `contact` is a dependency on purpose.
  useEffect(() => {
    void load();
  }, [load, contact]);

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
