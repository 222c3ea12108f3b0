import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ConsentHistory, Contact } from '../../../api';
import { useApi } from '../api/api-context';

type State = { contactId: string; history: ConsentHistory | undefined; error: ApiError | null };

// The contact's consent history and the programs their basis allows; asked once per contact
// shown, then again when the contact changes (an edit, an unsubscribe, a logged order).
export const useConsentHistory = ({ id: contactId }: Contact) => {
  const api = useApi();
  const [state, setState] = useState<State>({ contactId, history: undefined, error: null });
  const ticket = useRef(0);

  const load = useCallback(async () => {
    const mine = ++ticket.current;
    const result = await api.call('contacts.consentHistory', { id: contactId });
    if (mine !== ticket.current) return;
    setState((s) => (result.ok ? { contactId, history: result.value, error: null } : { ...s, contactId, error: result.error }));
  }, [api, contactId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => api.subscribe((event) => event.type === 'contacts.changed' && event.ids.includes(contactId) && void load()), [api, contactId, load]);

  return state.contactId === contactId ? state : { contactId, history: undefined, error: null };
};
