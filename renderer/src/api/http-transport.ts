import { pushEventSchema, type PushEvent, type Result, type StagedFile } from '../../../api';
import type { Transport } from './client';

const offline = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

// One event stream for the whole page, shared by every subscriber: a browser keeps at most six
// connections open to one host, and a stream per component (the contacts page, its panel, the
// timeline…) used them all, so the next call waited for a free connection forever.
const sharedEvents = (url: string): Transport['subscribe'] => {
  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSource | null = null;
  return (listener) => {
    listeners.add(listener);
    if (!source) {
      source = new EventSource(url);
      source.onmessage = (message) => {
        const parsed = pushEventSchema.safeParse(JSON.parse(String(message.data)));
        if (parsed.success) for (const each of [...listeners]) each(parsed.data);
      };
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        source?.close();
        source = null;
      }
    };
  };
};

// The browser host authenticates this page with an HttpOnly cookie set when the printed address was opened.
export const createHttpTransport = (base = '/api/'): Transport => ({
  invoke: async (method, input) => {
    try {
      const response = await fetch(`${base}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return offline('Relance is not answering. Check that it is still running, then try again.');
    }
  },
  subscribe: sharedEvents(`${base}events`),
  stageFile: async (file: File) => {
    try {
      const response = await fetch(`${base}files`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
        credentials: 'same-origin',
        body: file,
      });
      return (await response.json()) as Result<StagedFile>;
    } catch {
      return offline('Relance is not answering. Check that it is still running, then try again.');
    }
  },
});
