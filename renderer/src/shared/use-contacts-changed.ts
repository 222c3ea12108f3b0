import { useEffect } from 'react';
import { useApi } from '../api/api-context';

// A list of contacts reads its rows once per change: every change, made here (a save, a delete, an
// unsubscribe, a bulk edit) or in another window, comes back as contacts.changed; and when the
// event stream came back after a drop, a change sent meanwhile was missed, so once more then.
export const useContactsChanged = (refresh: () => void): void => {
  const api = useApi();
  useEffect(() => api.subscribe((event) => event.type === 'contacts.changed' && refresh()), [api, refresh]);
  useEffect(() => api.onResync(refresh), [api, refresh]);
};
