import { useEffect, type DependencyList, type EffectCallback } from 'react';

// Like useEffect, but runs only once `deps` have stayed the same for `ms`, so a search or a
// count goes out once per pause in typing rather than once per key. A change during the wait
// cancels it; a change after the effect ran calls its cleanup first, as useEffect does, which
// is where callers drop answers that arrive for an older value.
export const useDebouncedEffect = (effect: EffectCallback, deps: DependencyList, ms: number): void => {
  useEffect(() => {
    let cleanup: ReturnType<EffectCallback>;
    const timer = setTimeout(() => {
      cleanup = effect();
    }, ms);
    return () => {
      clearTimeout(timer);
      if (typeof cleanup === 'function') cleanup();
    };
    // `effect` is new on every render; like useEffect, the one from the last change of `deps` runs.
  }, [...deps, ms]);
};
