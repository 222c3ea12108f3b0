import type { PushEvent } from '../api';

// What core needs from the outside world, handed in by each host so tests can drive it.
export type Clock = { now: () => Date };

// Where a secret is kept: the OS keychain, or the owner-only file beside the database.
export type SecretPlace = 'keychain' | 'file';

export type SecretStore = {
  get: (key: string) => Promise<string | null>;
  // Says where the value went, for the Settings page ("kept in the keychain").
  set: (key: string, value: string) => Promise<SecretPlace>;
  delete: (key: string) => Promise<void>;
  // Where the value is kept now, or null when there is none.
  locate: (key: string) => Promise<SecretPlace | null>;
};

export type EventSink = { emit: (event: PushEvent) => void };

export const systemClock: Clock = { now: () => new Date() };

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
