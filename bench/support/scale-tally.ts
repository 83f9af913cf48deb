/* The scale benchmark's checks of the plan tally cache: a burst of reports, the cache against the live statement. */
import type pg from 'pg';
import { chairmanWindow } from '../../src/domain/execution/chairman.js';
import { todayIn } from '../../src/domain/execution/occurrence-state.js';
import { openPostgres } from '../../src/server/db/client.js';
import { organizationTimeZoneList, regionLevelExecutionTallies, rowsOf } from '../../src/server/repositories/execution-tally.repository.js';
import { cachedRegionLevelTallies, chairmanCacheQuery, regionLevelCacheQuery } from '../../src/server/repositories/plan-tally-cache.repository.js';
import { sql } from 'drizzle-orm';

export interface NationalBody {
  plans: number;
  regions: { regionId: string | null; levels: { level: string; plans: number; occurrences: number }[] }[];
}

/** The regions and levels where the route's plans or occurrences differ from the hand-written aggregate's. */
export async function nationalDisagreements(pool: pg.Pool, body: NationalBody, nationalSql: string): Promise<string[]> {
  const hand = new Map(
    (await pool.query<{ region: string | null; level: string; plans: string; occurrences: string }>(nationalSql)).rows
      .filter((r) => r.region !== null)
      .map((r) => [`${r.region}|${r.level}`, `${r.plans}/${r.occurrences}`]),
  );
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of body.regions) {
    if (!r.regionId) continue;
    for (const l of r.levels) {
      const key = `${r.regionId}|${l.level}`;
      seen.add(key);
      const got = `${l.plans}/${l.occurrences}`;
      if (hand.get(key) !== got) out.push(`${key}: ${got} ≠ ${hand.get(key) ?? '—'}`);
    }
  }
  for (const key of hand.keys()) if (!seen.has(key)) out.push(`${key}: нет в своде`);
  return out;
}

/** Executors submit `count` reports at once (50 in flight), each on an occurrence it has not reported before. */
export async function reportBurst(base: string, executors: { cookie: string; occurrences: string[] }[], count: number): Promise<number> {
  let next = 0;
  let sent = 0;
  const offset = Math.floor(Math.random() * 1000);
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < count) {
        const n = next++;
        const e = executors[n % executors.length]!;
        const occurrence = e.occurrences[(offset + Math.floor(n / executors.length)) % e.occurrences.length]!;
        const r = await fetch(`${base}/api/occurrences/${occurrence}/reports`, {
          method: 'POST',
          headers: { cookie: e.cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ status: n % 3 ? 'done' : 'partial', text: `Отчет серии ${offset}-${n}` }),
        });
        await r.arrayBuffer();
        if (r.status === 201) sent++;
      }
    }),
  );
  return sent;
}

/**
 * The national roll-up from the cache against the live classification of every plan past its draft,
 * at the same instant and for the national reader's day: equal in every region and level, or the differences.
 */
export async function cacheEqualsLive(url: string): Promise<{ equal: boolean; plans: number; liveMs: number; detail: string; explains: string[] }> {
  const database = await openPostgres(url, 2);
  try {
    const db = database.db;
    const planIds = rowsOf<{ id: string }>(await db.execute(sql`select id from plans where status <> 'draft' order by id`)).map((r) => r.id);
    const at = new Date();
    const today = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
    const cached = (await cachedRegionLevelTallies(db, planIds, today, chairmanWindow(todayIn('Europe/Moscow', at)))).rows;
    const started = performance.now();
    const live = await regionLevelExecutionTallies(db, planIds, today);
    const liveMs = performance.now() - started;
    const key = (r: { regionId: string | null; level: string }) => `${r.regionId ?? ''}|${r.level}`;
    const norm = (rows: typeof live) => Object.fromEntries(rows.map((r) => [key(r), JSON.stringify(r, Object.keys(r).sort())]));
    const a = norm(cached);
    const b = norm(live);
    const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
    // The two reads of the cache, as the routes run them once nothing is stale.
    const plan = async (query: ReturnType<typeof regionLevelCacheQuery>) =>
      rowsOf<{ 'QUERY PLAN': string }>(await db.execute(sql`explain (analyze, buffers) ${query}`))
        .map((r) => r['QUERY PLAN'].replace(/'\{[0-9a-f,-]{100,}\}'/g, `'{…${planIds.length} id}'`))
        .join('\n');
    const explains = [
      `-- Свод по стране из кэша (чтение plan_tally_cache)\n${await plan(regionLevelCacheQuery(planIds))}`,
      `-- Сводка председателя из кэша\n${await plan(chairmanCacheQuery(planIds, chairmanWindow(todayIn('Europe/Moscow', at))))}`,
    ];
    return {
      equal: !differing.length,
      plans: planIds.length,
      liveMs,
      detail: differing
        .slice(0, 2)
        .map((k) => `${k}: ${a[k]} ≠ ${b[k]}`)
        .join('; '),
      explains,
    };
  } finally {
    await database.close();
  }
}
