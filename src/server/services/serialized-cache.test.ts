import { describe, expect, it } from 'vitest';
import { serializedCache } from './serialized-cache.js';

describe('serializedCache', () => {
  it('computes a key once, also for concurrent misses', async () => {
    const cache = serializedCache(1000);
    let calls = 0;
    const compute = async () => (calls++, 'value');
    expect(await Promise.all([cache.get('a', compute), cache.get('a', compute)])).toEqual(['value', 'value']);
    expect(await cache.get('a', compute)).toBe('value');
    expect(calls).toBe(1);
  });

  it('evicts the least recently used entries beyond its size, and skips answers too big to keep', async () => {
    const cache = serializedCache(90);
    const value = (c: string) => async () => c.repeat(20);
    await cache.get('a', value('a'));
    await cache.get('b', value('b'));
    await cache.get('c', value('c'));
    await cache.get('a', value('x')); // a is now the most recent
    await cache.get('d', value('d'));
    await cache.get('e', value('e')); // 90 chars exceeded: b goes first
    expect(await cache.get('b', value('B'))).toBe('B'.repeat(20));
    expect(await cache.get('a', value('y'))).toBe('a'.repeat(20));
    expect(cache.size).toBeLessThanOrEqual(90);
    await cache.get('big', async () => 'z'.repeat(60));
    expect(await cache.get('big', async () => 'fresh')).toBe('fresh');
  });

  it('does not keep a failure', async () => {
    const cache = serializedCache(100);
    await expect(cache.get('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('a', async () => 'ok')).toBe('ok');
  });
});
