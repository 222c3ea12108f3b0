import { useCallback, useState } from 'react';
import type { Contact } from '../../../api';

// The contacts ticked in the list, by id: ticking survives scrolling, sorting and searching.
export const useSelection = () => {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const onCheck = useCallback((contact: Contact, isChecked: boolean) => {
    setChecked((current) => {
      const next = new Set(current);
      if (isChecked) next.add(contact.id);
      else next.delete(contact.id);
      return next;
    });
  }, []);
  const clear = useCallback(() => setChecked(new Set()), []);
  return { checked, onCheck, clear };
};
