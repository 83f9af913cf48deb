/* Timing helpers of the scale benchmark: repeated requests, percentiles, EXPLAIN. */
import autocannon from 'autocannon';
import type pg from 'pg';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: number[]) => percentile(values, 50);

/**
 * Runs `fn` `times` times one after another (after one untimed warm-up);
 * milliseconds of each. Stops early, after at least two runs, once `budgetMs`
 * is spent: a request that takes seconds on a loaded machine is not measured forty times.
 */
export async function repeat(times: number, fn: (i: number) => Promise<unknown>, budgetMs = 60_000): Promise<number[]> {
  await fn(-1);
  const out: number[] = [];
  const startedAll = performance.now();
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn(i);
    out.push(performance.now() - started);
    if (out.length >= 2 && performance.now() - startedAll > budgetMs) break;
  }
  return out;
}

/** Items of a plan tree (`items` with nested `children`), sections included. */
export function countTree(nodes: { children?: unknown[] }[] | undefined): number {
  return (nodes ?? []).reduce((a, n) => a + 1 + countTree(n.children as { children?: unknown[] }[] | undefined), 0);
}

/** A GET with the parsed JSON body; `T` is what the caller expects it to be (unknown until said). */
export async function getJson<T = unknown>(url: string, cookie: string): Promise<{ status: number; body: T; etag: string | null }> {
  const r = await fetch(url, { headers: { cookie } });
  const text = await r.text();
  return {
    status: r.status,
    body: (text && (r.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : null) as T,
    etag: r.headers.get('etag'),
  };
}

export async function expectOk<T = unknown>(url: string, cookie: string) {
  const r = await getJson<T>(url, cookie);
  if (r.status !== 200) throw new Error(`${url}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r;
}

export async function load(options: autocannon.Options): Promise<autocannon.Result & { statuses: Map<number, number> }> {
  const statuses = new Map<number, number>();
  const result = await autocannon({
    ...options,
    requests: (options.requests ?? [{}]).map((r) => ({
      ...r,
      onResponse: (status: number, ...rest: unknown[]) => (
        statuses.set(status, (statuses.get(status) ?? 0) + 1),
        (r.onResponse as ((...args: unknown[]) => void) | undefined)?.(status, ...rest)
      ),
    })),
  } as autocannon.Options);
  return Object.assign(result, { statuses });
}

export async function explain(pool: pg.Pool, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await pool.query(`explain (analyze, buffers, costs off, timing on) ${sql}`, params);
  return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
}

export const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} мс`;
export const mark = (ok: boolean) => (ok ? '✓' : '✗');
