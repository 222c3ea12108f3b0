import { useCallback } from 'react';
import type { ContactSortKey } from '../../../api';
import { useApi } from '../api/api-context';
import { usePagedRows } from '../shared/use-paged-rows';

export type ContactQuery = { search: string; sort: ContactSortKey; direction: 'asc' | 'desc' };

// Rows of a 100k-contact list fetched a page at a time around what is on screen.
export const useContactRows = (query: ContactQuery) => {
  const api = useApi();
  const load = useCallback((offset: number, limit: number) => api.call('contacts.list', { ...query, offset, limit }), [api, query]);
  return usePagedRows(load);
};
