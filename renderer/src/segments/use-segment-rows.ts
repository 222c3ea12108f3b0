import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Contact, ContactSortKey, SegmentParams } from '../../../api';
import { useApi } from '../api/api-context';

const PAGE_SIZE = 100;
const MAX_CACHED_PAGES = 40;

export type SegmentQuery = { id: string; params: SegmentParams | undefined; sort: ContactSortKey; direction: 'asc' | 'desc' };

type Loaded = { total: number | null; pages: Map<number, Contact[]> };

// The members of a segment a page at a time around what is on screen, like the contacts list:
// answers to an older query (another sort) are dropped.
export const useSegmentRows = (query: SegmentQuery) => {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ total: null, pages: new Map() });
  const [error, setError] = useState<ApiError | null>(null);
  const generation = useRef(0);
  const inFlight = useRef(new Set<number>());
  const pagesRef = useRef(loaded.pages);
  pagesRef.current = loaded.pages;
  const { id, params, sort, direction } = query;

  const fetchPage = useCallback(
    async (page: number, gen: number, replace: boolean) => {
      inFlight.current.add(page);
      const result = await api.call('segments.contacts', { id, params, sort, direction, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
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
    [api, id, params, sort, direction],
  );

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

  // After a change: fetch again every page held, keeping the old rows until the new ones land.
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
