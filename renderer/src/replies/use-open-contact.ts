import { useEffect, useState } from 'react';
import type { ApiError, Contact } from '../../../api';
import { useApi } from '../api/api-context';

type Open = { contact: Contact | null; error: ApiError | null };

// The contact opened beside the list, read by id and again whenever it changes anywhere.
export const useOpenContact = (contactId: string | null) => {
  const api = useApi();
  const [open, setOpen] = useState<Open>({ contact: null, error: null });

  useEffect(() => {
    if (!contactId) return;
    let isCurrent = true;
    const load = () =>
      void api.call('contacts.get', { id: contactId }).then((result) => {
        if (isCurrent) setOpen(result.ok ? { contact: result.value, error: null } : { contact: null, error: result.error });
      });
    setOpen({ contact: null, error: null });
    load();
    const unsubscribe = api.subscribe((event) => event.type === 'contacts.changed' && event.ids.includes(contactId) && load());
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [api, contactId]);

  return { ...open, replace: (contact: Contact) => setOpen({ contact, error: null }) };
};
