import { useCallback, useRef, useState } from 'react';
import type { BulkTarget, Contact } from '../../../api';

// The contacts ticked in the list, by id: ticking survives scrolling, sorting and searching.
// Or every contact matching a search ("all 40,000 matching"): then the search is kept, not ids,
// and the server applies it again (contacts.bulkEdit).
export const useSelection = () => {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState<{ search: string } | null>(null);
  // The row last ticked or unticked, where a shift-click range starts.
  const anchor = useRef<number | null>(null);

  // A shift-click ticks (or unticks) every loaded row between the anchor and this one, as file managers do.
  const onCheck = useCallback((contact: Contact, isChecked: boolean, index: number, isRange: boolean, rowAt: (i: number) => Contact | undefined) => {
    setAllMatching(null);
    const from = isRange && anchor.current !== null ? Math.min(anchor.current, index) : index;
    const to = isRange && anchor.current !== null ? Math.max(anchor.current, index) : index;
    anchor.current = index;
    setChecked((current) => {
      const next = new Set(current);
      for (let i = from; i <= to; i += 1) {
        const id = i === index ? contact.id : rowAt(i)?.id;
        if (!id) continue;
        if (isChecked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const selectAllMatching = useCallback((search: string) => setAllMatching({ search }), []);

  // Unticking one row of "all matching": the rows loaded stay ticked, but that one (the bar's
  // count says how many that is; the rest of the search was never on screen).
  const allBut = useCallback((loaded: readonly string[], id: string) => {
    setAllMatching(null);
    setChecked(new Set(loaded.filter((other) => other !== id)));
  }, []);

  const clear = useCallback(() => {
    setChecked(new Set());
    setAllMatching(null);
    anchor.current = null;
  }, []);

  const target: BulkTarget | null = allMatching ?? (checked.size > 0 ? { ids: [...checked] } : null);
  return { checked, allMatching, target, onCheck, selectAllMatching, allBut, clear };
};
