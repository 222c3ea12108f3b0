import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { RelanceBridge } from '../api/bridge';
import { isMethodName, type MethodInput, type MethodName, type MethodOutput } from '../api/contract';
import { fail, type Result } from '../api/errors';
import type { PushEvent, PushEventType } from '../api/events';
import type { StagedFile } from '../api/imports';
import { EVENT_CHANNEL, INVOKE_CHANNEL, STAGE_FILE_CHANNEL } from './channels';
import { checkFileToStage } from './file-to-stage';

// Runs sandboxed, so it is bundled to one CommonJS file whose only require is electron.
// The page gets these three functions and nothing else: no ipcRenderer, no channel names,
// no IpcRendererEvent (security checklist item 20).
export const relanceBridge = {
  invoke: <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => {
    // Checked here too so a typo fails fast in the page; main checks again and is the real gate.
    if (typeof method !== 'string' || !isMethodName(method)) {
      return Promise.resolve(fail({ code: 'NOT_FOUND', message: `There is no method called "${String(method)}".` }));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Result<MethodOutput<M>>>;
  },
  on: (typeOrListener: PushEventType | ((event: PushEvent) => void), maybeListener?: (event: PushEvent) => void): (() => void) => {
    const type = typeof typeOrListener === 'string' ? typeOrListener : null;
    const listener = typeof typeOrListener === 'function' ? typeOrListener : maybeListener;
    if (!listener) throw new TypeError('relance.on needs a listener function.');
    const forward = (_event: IpcRendererEvent, payload: PushEvent) => {
      if (type === null || payload.type === type) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  stageFile: (fileName: string, bytes: Uint8Array): Promise<Result<StagedFile>> => {
    // Main checks again; checking the size here also spares copying an oversized file over IPC.
    const file = checkFileToStage(fileName, bytes);
    if (!file.ok) return Promise.resolve(fail({ code: 'VALIDATION', message: file.message }));
    return ipcRenderer.invoke(STAGE_FILE_CHANNEL, file.fileName, file.bytes) as Promise<Result<StagedFile>>;
  },
} satisfies RelanceBridge;

contextBridge.exposeInMainWorld('relance', relanceBridge);
