import { pushEventSchema, type PushEvent, type Result, type StagedFile } from '../../../api';
import type { Transport } from './client';

const offline = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

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
  subscribe: (listener: (event: PushEvent) => void) => {
    const source = new EventSource(`${base}events`);
    source.onmessage = (message) => {
      const parsed = pushEventSchema.safeParse(JSON.parse(String(message.data)));
      if (parsed.success) listener(parsed.data);
    };
    return () => source.close();
  },
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
