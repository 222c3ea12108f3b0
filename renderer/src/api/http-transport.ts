import { pushEventSchema, type PushEvent, type Result, type StagedFile } from '../../../api';
import type { Transport } from './client';
import { isKeyRefused, openEventStream } from './event-stream';

const offline = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } });
const NOT_ANSWERING = 'Relance is not answering. Check that it is still running, then try again.';
const NO_KEY = 'Open the address printed by relance web (it ends with #token=…).';

export type HttpTransportOptions = {
  // The session key (session-key.ts), sent as `Authorization: Bearer` on every call.
  key: string;
  // The host answered 401: the key is wrong or from an earlier run.
  onUnauthorized?: () => void;
  base?: string;
};

// One event stream for the whole page, shared by every subscriber: a browser keeps at most six
// connections open to one host, and a stream per component (the contacts page, its panel, the
// timeline…) used them all, so the next call waited for a free connection forever.
// A reconnected stream tells the resync listeners (the lists read again once: an event sent while
// the stream was down never arrives). They listen through the same stream as the others.
type Open = (onData: (data: string) => void, onReconnect: () => void) => () => void;
const sharedEvents = (open: Open): Pick<Transport, 'subscribe' | 'onResync'> => {
  const listeners = new Set<(event: PushEvent) => void>();
  const resyncs = new Set<() => void>();
  let close: (() => void) | null = null;
  const listen = <L>(set: Set<L>, listener: L): (() => void) => {
    set.add(listener);
    close ??= open(
      (data) => {
        const parsed = pushEventSchema.safeParse(JSON.parse(data));
        if (parsed.success) for (const each of [...listeners]) each(parsed.data);
      },
      () => {
        for (const each of [...resyncs]) each();
      },
    );
    return () => {
      set.delete(listener);
      if (listeners.size === 0 && resyncs.size === 0) {
        close?.();
        close = null;
      }
    };
  };
  return { subscribe: (listener) => listen(listeners, listener), onResync: (listener) => listen(resyncs, listener) };
};

// The browser host: every request carries the bearer, and no cookie is ever involved.
export const createHttpTransport = ({ key, onUnauthorized = () => {}, base = '/api/' }: HttpTransportOptions): Transport => {
  const authorization = { Authorization: `Bearer ${key}` };
  const send = async <T>(path: string, init: RequestInit): Promise<Result<T>> => {
    try {
      const response = await fetch(`${base}${path}`, { ...init, headers: { ...init.headers, ...authorization }, credentials: 'omit', cache: 'no-store' });
      if (isKeyRefused(response)) {
        onUnauthorized();
        return offline(NO_KEY);
      }
      return (await response.json()) as Result<T>;
    } catch {
      return offline(NOT_ANSWERING);
    }
  };
  return {
    invoke: (method, input) => send(method, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input ?? {}) }),
    ...sharedEvents((onData, onReconnect) => openEventStream({ url: `${base}events`, headers: () => authorization, onData, onUnauthorized, onReconnect })),
    stageFile: (file: File) =>
      send<StagedFile>('files', {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
        body: file,
      }),
  };
};
