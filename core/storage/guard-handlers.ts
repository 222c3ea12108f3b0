import type { Handlers } from '../../api';
import type { DatabaseHealth } from './database-health';

// Methods whose writes go through a connection of their own (the import's worker and writer
// threads), which the read-only main connection does not cover.
const WRITES_ELSEWHERE = new Set<string>(['imports.start']);

// Every handler's failure passes through the database's health: damage found by any statement
// stops writing from then on, and a damaged file, a full disk or a read-only folder reach the
// window as a sentence saying what to do rather than SQLite's words.
export const guardHandlers = (handlers: Handlers, health: Pick<DatabaseHealth, 'explain' | 'isDamaged' | 'refusal'>): Handlers => {
  const guarded: Record<string, (input: unknown) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    guarded[method] = (input) => {
      if (WRITES_ELSEWHERE.has(method) && health.isDamaged()) throw health.refusal();
      try {
        const result = handler(input);
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(health.explain(error))) : result;
      } catch (error) {
        throw health.explain(error);
      }
    };
  }
  return guarded as Handlers;
};
