import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';

const WEEK_MS = 7 * 86_400_000;

// How many people replied in the last 7 days (replies read from the mailbox, not unsubscribes),
// read again after each check of the mailbox. The newest 50 are plenty to count a week.
export const useRecentReplies = (): number => {
  const api = useApi();
  const [count, setCount] = useState(0);

  const load = useCallback(async () => {
    const result = await api.call('replies.list', { offset: 0, limit: 50 });
    if (!result.ok) return;
    const since = Date.now() - WEEK_MS;
    setCount(result.value.rows.filter((reply) => reply.kind === 'reply' && Date.parse(reply.receivedAt) >= since).length);
  }, [api]);

  useEffect(() => {
    void load();
    return api.subscribe((event) => event.type === 'mailbox.changed' && void load());
  }, [api, load]);

  return count;
};
