/**
 * A small least-recently-used cache of serialized answers, bounded by the total
 * size of the strings it holds. Keys carry everything the answer depends on
 * (e.g. plan id + revision), so entries are never invalidated, only evicted.
 * Concurrent misses of one key share one computation.
 */
export function serializedCache(maxChars: number) {
  const entries = new Map<string, string>();
  const pending = new Map<string, Promise<string>>();
  let size = 0;

  const remember = (key: string, value: string) => {
    if (value.length > maxChars / 4) return; // one huge answer must not flush everything else
    entries.set(key, value);
    size += value.length;
    for (const [oldest, old] of entries) {
      if (size <= maxChars) break;
      entries.delete(oldest);
      size -= old.length;
    }
  };

  return {
    async get(key: string, compute: () => Promise<string>): Promise<string> {
      const hit = entries.get(key);
      if (hit !== undefined) {
        // Re-insert: a Map iterates in insertion order, so the front is the least recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const promise = compute().then(
        (value) => (pending.delete(key), remember(key, value), value),
        (error: unknown) => {
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, promise);
      return promise;
    },
    get size() {
      return size;
    },
  };
}
