import { useCallback } from 'react';
import type { ContactSortKey, SegmentParams } from '../../../api';
import { useApi } from '../api/api-context';
import { usePagedRows } from '../shared/use-paged-rows';

export type SegmentQuery = { id: string; params: SegmentParams | undefined; sort: ContactSortKey; direction: 'asc' | 'desc' };

// The members of a segment a page at a time around what is on screen, like the contacts list.
export const useSegmentRows = ({ id, params, sort, direction }: SegmentQuery) => {
  const api = useApi();
  const load = useCallback(
    (offset: number, limit: number) => api.call('segments.contacts', { id, params, sort, direction, offset, limit }),
    [api, id, params, sort, direction],
  );
  return usePagedRows(load);
};
