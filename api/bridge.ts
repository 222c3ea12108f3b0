import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { Result } from './errors';
import type { PushEvent, PushEventType } from './events';
import type { StagedFile } from './imports';

// What the Electron preload exposes as `window.relance`. It lives in api/ so the renderer can
// type its IPC transport without importing electron; types only, so nothing reaches a bundle.
export type RelanceBridge = {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  // The listener gets the event's data only, never the IpcRendererEvent; call the result to stop.
  on(listener: (event: PushEvent) => void): () => void;
  // The same, for one kind of event only.
  on<T extends PushEventType>(type: T, listener: (event: Extract<PushEvent, { type: T }>) => void): () => void;
  // Hands a file the person picked for import to the main process, which keeps it for imports.*.
  stageFile(fileName: string, bytes: Uint8Array): Promise<Result<StagedFile>>;
};
