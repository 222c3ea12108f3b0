import type { MethodInput, MethodName, MethodOutput, PushEvent, Result, StagedFile } from '../../../api';

// One interface for the UI, whatever carries the calls (Electron IPC or HTTP to the browser host).
export type Transport = {
  invoke: (method: MethodName, input: unknown) => Promise<Result<unknown>>;
  subscribe: (listener: (event: PushEvent) => void) => () => void;
  // Called when events may have been missed (the browser host's stream reconnected); Electron's
  // IPC never drops them and has none.
  onResync?: (listener: () => void) => () => void;
  stageFile: (file: File) => Promise<Result<StagedFile>>;
};

export type ApiClient = {
  call: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
  subscribe: Transport['subscribe'];
  onResync: NonNullable<Transport['onResync']>;
  stageFile: Transport['stageFile'];
};

export const createApiClient = (transport: Transport): ApiClient => ({
  call: (method, input) => transport.invoke(method, input) as Promise<Result<MethodOutput<typeof method>>>,
  subscribe: transport.subscribe,
  onResync: transport.onResync ?? (() => () => {}),
  stageFile: transport.stageFile,
});
