import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Contact, ContactList, Result } from '../../../api';

export const PAGE_SIZE = 100;
const MAX_CACHED_PAGES = 40;

type Loaded = { total: number | null; pages: Map<number, Contact[]> };

// Any list of contacts (the contacts, a segment's members) a page at a time around what is on
// screen; `load` changes identity when the query does, which starts over, and answers to an older
// query (a previous keystroke) are dropped, so the list always shows the latest search.
export const usePagedRows = (load: (offset: number, limit: number) => Promise<Result<ContactList>>) => {
  const [loaded, setLoaded] = useState<Loaded>({ total: null, pages: new Map() });
  const [error, setError] = useState<ApiError | null>(null);
  const generation = useRef(0);
  const inFlight = useRef(new Set<number>());
  const pagesRef = useRef(loaded.pages);
  pagesRef.current = loaded.pages;

  const fetchPage = useCallback(
    async (page: number, gen: number, replace: boolean) => {
      inFlight.current.add(page);
      const result = await load(page * PAGE_SIZE, PAGE_SIZE);
      if (gen !== generation.current) return;
      inFlight.current.delete(page);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setLoaded((previous) => {
        const pages = replace ? new Map<number, Contact[]>() : new Map(previous.pages);
        pages.set(page, result.value.rows);
        for (const key of pages.keys()) if (pages.size > MAX_CACHED_PAGES && Math.abs(key - page) > MAX_CACHED_PAGES / 2) pages.delete(key);
        return { total: result.value.total, pages };
      });
    },
    [load],
  );

  // A new query replaces the rows only when its first page arrives: no flash of an empty list.
  useEffect(() => {
    generation.current += 1;
    inFlight.current.clear();
    void fetchPage(0, generation.current, true);
  }, [fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) {
        if (!pagesRef.current.has(page) && !inFlight.current.has(page)) void fetchPage(page, generation.current, false);
      }
    },
    [fetchPage],
  );

  // After an edit: fetch again every page on screen, keeping the old rows until the new ones land.
  const refresh = useCallback(() => {
    generation.current += 1;
    inFlight.current.clear();
    const gen = generation.current;
    const pages = [...pagesRef.current.keys()];
    for (const page of pages.length ? pages : [0]) void fetchPage(page, gen, false);
  }, [fetchPage]);

  const rowAt = useCallback((index: number) => loaded.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [loaded.pages]);

  return { total: loaded.total, rowAt, ensureRange, refresh, error };
};
