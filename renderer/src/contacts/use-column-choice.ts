import { useCallback, useState } from 'react';
import { columnIds, DEFAULT_HIDDEN } from './contact-columns';

const KEY = 'relance.contacts.hiddenColumns';

const read = (): Set<string> => {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (Array.isArray(stored)) return new Set(stored.filter((id): id is string => typeof id === 'string' && columnIds.includes(id)));
  } catch {
    // A damaged value falls back to the defaults.
  }
  return new Set(DEFAULT_HIDDEN);
};

// Which columns of the contacts list are hidden, remembered on this computer.
export const useColumnChoice = () => {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(read);
  const save = useCallback((next: Set<string>) => {
    next.delete('name');
    setHidden(next);
    try {
      localStorage.setItem(KEY, JSON.stringify([...next]));
    } catch {
      // Storage may be full or disabled: the choice then lasts until the window closes.
    }
  }, []);
  const toggle = useCallback(
    (id: string) => {
      const next = new Set(hidden);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      save(next);
    },
    [hidden, save],
  );
  const reset = useCallback(() => save(new Set(DEFAULT_HIDDEN)), [save]);
  return { hidden, toggle, reset };
};
