import { useCallback, useEffect, useRef } from 'react';
import type { PushEvent } from '../../../api';
import { useApi } from '../api/api-context';

export type JobEvent = Extract<PushEvent, { type: 'imports.progress' | 'imports.finished' }>;

type Missed = { progress?: JobEvent; finished?: JobEvent };

const MAX_MISSED_JOBS = 20;

// Progress and the end of the one import this window started. A small file can finish before
// `imports.start` has even answered with its job id, so events of a job not yet followed are
// kept and replayed when it is. Imports started elsewhere only refresh the history.
export const useJobEvents = (onEvent: (event: JobEvent) => void, onOtherFinished: () => void) => {
  const api = useApi();
  const followed = useRef<string | null>(null);
  const missed = useRef(new Map<string, Missed>());
  const handlers = useRef({ onEvent, onOtherFinished });
  handlers.current = { onEvent, onOtherFinished };

  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type !== 'imports.progress' && event.type !== 'imports.finished') return;
        if (event.jobId === followed.current) {
          if (event.type === 'imports.finished') followed.current = null;
          handlers.current.onEvent(event);
          return;
        }
        const kept = missed.current.get(event.jobId) ?? {};
        missed.current.set(event.jobId, event.type === 'imports.progress' ? { ...kept, progress: event } : { ...kept, finished: event });
        if (missed.current.size > MAX_MISSED_JOBS) missed.current.delete(missed.current.keys().next().value!);
        if (event.type === 'imports.finished') handlers.current.onOtherFinished();
      }),
    [api],
  );

  const follow = useCallback((jobId: string) => {
    const kept = missed.current.get(jobId);
    missed.current.clear();
    followed.current = kept?.finished ? null : jobId;
    if (kept?.progress) handlers.current.onEvent(kept.progress);
    if (kept?.finished) handlers.current.onEvent(kept.finished);
  }, []);

  const unfollow = useCallback(() => {
    followed.current = null;
  }, []);

  return { follow, unfollow };
};
