import type { IpcMainInvokeEvent } from 'electron';
import { isMethodName, type Handlers, type Result } from '../api';
import { dispatch } from '../core/dispatch';
import { failedUnexpectedly, forbidden } from './ipc-results';
import { isAppUrl } from './trusted-url';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

// Security checklist item 17, as VS Code's validatedIpcMain does it: the caller must be the top
// frame of a page we served, not an iframe, not a page that navigated elsewhere.
export const assertTrustedSender = (event: SenderEvent): boolean => {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
};

// The one IPC entry point. Sender, then method name, then schema and core (dispatch); the answer
// is always a Result, because ipcMain.handle keeps only the message of a thrown error (ipc.md).
export const createInvokeHandler =
  (handlers: Handlers, onUnexpected: (error: unknown) => void = (error) => console.error(error)) =>
  async (event: SenderEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    try {
      if (!assertTrustedSender(event)) return forbidden;
      if (typeof method !== 'string' || !isMethodName(method)) {
        return { ok: false, error: { code: 'NOT_FOUND', message: `There is no method called "${String(method)}".` } };
      }
      return await dispatch(handlers, method, input, onUnexpected);
    } catch (error) {
      // A destroyed frame can throw from the senderFrame getter; that is still an answer, not a crash.
      onUnexpected(error);
      return failedUnexpectedly;
    }
  };
