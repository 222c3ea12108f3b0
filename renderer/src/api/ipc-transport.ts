import type { MethodInput, MethodName } from '../../../api';
import type { RelanceBridge } from '../../../api/bridge';
import type { Transport } from './client';

// In Electron the preload exposes `window.relance`; nothing else of Node or Electron is reachable.
export const findBridge = (): RelanceBridge | null => (window as { relance?: RelanceBridge }).relance ?? null;

export const createIpcTransport = (bridge: RelanceBridge): Transport => ({
  invoke: (method, input) => bridge.invoke(method, input as MethodInput<MethodName>),
  subscribe: (listener) => bridge.on(listener),
  stageFile: async (file) => bridge.stageFile(file.name, new Uint8Array(await file.arrayBuffer())),
});
