import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { Result } from './errors';
import type { PushEvent } from './events';

// What the Electron preload exposes as `window.relance`. It lives in api/ so the renderer can
// type its IPC transport without importing electron; types only, so nothing reaches a bundle.
export type RelanceBridge = {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  // The listener gets the event's data only, never the IpcRendererEvent; call the result to stop.
  on(listener: (event: PushEvent) => void): () => void;
};
