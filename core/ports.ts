import type { PushEvent } from '../api';

// What core needs from the outside world, handed in by each host so tests can drive it.
export type Clock = { now: () => Date };

export type SecretStore = {
  get: (key: string) => Promise<string | null>;
  set: (key: string, value: string) => Promise<void>;
  delete: (key: string) => Promise<void>;
};

export type EventSink = { emit: (event: PushEvent) => void };

export const systemClock: Clock = { now: () => new Date() };

export const memorySecretStore = (): SecretStore => {
  const values = new Map<string, string>();
  return {
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
  };
};

// A sink that fans events out to subscribers; hosts subscribe their transport to it.
export const createEventHub = (): EventSink & { subscribe: (listener: (event: PushEvent) => void) => () => void } => {
  const listeners = new Set<(event: PushEvent) => void>();
  return {
    emit: (event) => listeners.forEach((listener) => listener(event)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
