import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, MonthlyStats, Result, SegmentSummary } from '../../../api';
import { useApi } from '../api/api-context';

export type HomeData = { contactCount: number; segments: SegmentSummary[]; stats: MonthlyStats };

const MONTHS = 24;
// An import or a burst of edits sends many events; one reload after they settle is enough.
const SETTLE_MS = 300;

const firstError = (...results: Result<unknown>[]): ApiError | null => {
  for (const result of results) if (!result.ok) return result.error;
  return null;
};

// Everything Home shows, loaded together and again whenever contacts, imports or settings change.
// Answers to an older request are dropped, so a slow reload never overwrites a newer one.
export const useHomeData = () => {
  const api = useApi();
  const [data, setData] = useState<HomeData | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // The currency the owner picked for the chart; undefined: the one most used.
  const currency = useRef<string | undefined>(undefined);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const gen = ++generation.current;
    // No parameters: core counts with the defaults, the owner's giving year included, as Segments does.
    const [contacts, segments, stats] = await Promise.all([
      api.call('contacts.list', { limit: 1 }),
      api.call('segments.list', {}),
      api.call('stats.monthly', { months: MONTHS, ...(currency.current ? { currency: currency.current } : {}) }),
    ]);
    if (gen !== generation.current) return;
    if (!contacts.ok || !segments.ok || !stats.ok) {
      setError(firstError(contacts, segments, stats));
      return;
    }
    setError(null);
    setData({ contactCount: contacts.value.total, segments: segments.value, stats: stats.value });
    // The chosen currency may have left with an undone import: the most used one is next.
    if (currency.current && !stats.value.currencies.includes(currency.current)) currency.current = undefined;
  }, [api]);

  // Everything is read again, so the cards and the chart stay of one instant.
  const chooseCurrency = useCallback(
    (code: string) => {
      currency.current = code;
      return load();
    },
    [load],
  );

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api.subscribe((event) => {
      if (event.type !== 'contacts.changed' && event.type !== 'imports.finished' && event.type !== 'settings.changed') return;
      clearTimeout(timer);
      timer = setTimeout(() => void load(), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [api, load]);

  return { data, error, reload: load, chooseCurrency };
};
