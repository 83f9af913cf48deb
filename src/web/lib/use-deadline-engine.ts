import { useEffect, useState } from 'react';

type Engine = typeof import('../../domain/deadline/index');

let loaded: Engine | null = null;
let loading: Promise<Engine> | null = null;

/**
 * The deadline engine runs in the browser for the live explanation while typing;
 * it is its own chunk, fetched the first time an item is opened.
 */
export function useDeadlineEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(loaded);
  useEffect(() => {
    if (loaded) return;
    loading ??= import('../../domain/deadline/index').then((m) => (loaded = m));
    let live = true;
    void loading.then((m) => live && setEngine(m));
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
