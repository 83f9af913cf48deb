/**
 * Federal scale (issue #19): a country-shaped data set on the local PostgreSQL and
 * the issue's benchmarks on it, each printed with its figure, its ratio to a
 * baseline measured in the same run, and whether the target holds.
 *
 *   npm run bench -- scale --regions 90      (the national data set; --regions 3 to iterate)
 *   --burst N: reports submitted before each «right after a burst» read of the national figures (400)
 *
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a throw-away database is created and dropped (--keep keeps it and prints its name).
 *
 *   --db NAME --only burst [--rounds N]: on a kept database (no load, nothing dropped), only the reads of the
 *   national figures right after a burst, N rounds — building 90 regions takes a quarter of an hour.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import type autocannon from 'autocannon';
import { adminSql, adminUrl, start, stop } from './support/server-process.js';
import { benchSessions, executorLoginsOf, loadCountry } from './support/scale-load.js';
import { SEARCH_CANDIDATES } from '../src/server/repositories/search.repository.js';
import { countTree, explain, expectOk, load, mark, median, ms, percentile, repeat } from './support/scale-measure.js';
import { cacheEqualsLive, nationalDisagreements, reportBurst, type NationalBody } from './support/scale-tally.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const REGIONS = flag('regions', 3);
const EXECUTORS = 200;
const REPORTS_PER_EXECUTOR = flag('reports', 10);
const READ_SECONDS = flag('seconds', 10);
/** Reports submitted before each «after a burst» read of the national figures. */
const BURST = flag('burst', 400);
const keep = args.includes('--keep');
const text = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
/** A kept database to measure again instead of loading a new one. */
const KEPT = text('db');
const ONLY = text('only');
const ROUNDS = flag('rounds', 3);

const urlFor = (name: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

/** The «Контроль исполнения» figures of docs/execution.md, hand-written over the same rows. */
const rollupSql = (scope: string) => `
  select p.id, p.title, count(o.id) as occurrences,
    count(o.id) filter (where o.window_end < current_date and r.status is null) as overdue,
    count(distinct o.item_id) filter (where o.window_end < current_date and r.status is null) as overdue_items,
    count(o.id) filter (where r.review_status = 'pending') as pending_review,
    count(o.id) filter (where r.status = 'done') as done
  from plans p
  join organizations org on org.id = p.organization_id
  left join occurrences o on o.plan_id = p.id and o.retired_at is null
  left join lateral (select status, review_status from reports where occurrence_id = o.id order by created_at desc limit 1) r on true
  where p.status <> 'draft' and ${scope}
  group by p.id, p.title`;
/** The national roll-up's figures, hand-written: the plans' region (the owner or its ancestors) and level. */
const nationalSql = `
  select coalesce(case when org.kind = 'regional' then org.id end, case when up1.kind = 'regional' then up1.id end,
           case when up2.kind = 'regional' then up2.id end) as region, org.kind as level,
    count(distinct p.id) as plans, count(o.id) as occurrences,
    count(o.id) filter (where o.window_end < current_date and r.status is null) as overdue,
    count(distinct o.item_id) filter (where o.window_end < current_date and r.status is null) as overdue_items,
    count(o.id) filter (where r.review_status = 'pending') as pending_review,
    count(o.id) filter (where r.status = 'done') as done
  from plans p
  join organizations org on org.id = p.organization_id
  left join organizations up1 on up1.id = org.parent_id
  left join organizations up2 on up2.id = up1.parent_id
  left join occurrences o on o.plan_id = p.id and o.retired_at is null
  left join lateral (select status, review_status from reports where occurrence_id = o.id order by created_at desc limit 1) r on true
  where p.status <> 'draft'
  group by 1, 2`;
/**
 * The chairman's summary, hand-written over the same rows: counters and the half-year's figures, overdue by
 * body and by section (top ten), the ten oldest reports waiting for review and the ten nearest deadlines.
 */
const chairmanSql = `
  with o as materialized (
    select o.id, o.plan_id, o.item_id, o.executor_key, coalesce(o.extended_to, o.window_end) as due, r.status, r.review_status, r.created_at
    from plans p
    join occurrences o on o.plan_id = p.id and o.retired_at is null
    left join lateral (select status, review_status, created_at from reports where occurrence_id = o.id order by created_at desc limit 1) r on true
    where p.status <> 'draft'
  ),
  overdue as (select o.*, i.parent_id from o join plan_items i on i.id = o.item_id where o.due < current_date and o.status is null)
  select 'totals' as kind, null as key, count(*) filter (where due < current_date and status is null) as n,
    count(*) filter (where review_status = 'pending') as pending, count(*) filter (where status = 'done') as done,
    count(*) filter (where due >= date_trunc('year', current_date) and due < current_date) as period, null::timestamptz as at
  from o
  union all (select 'body', executor_key, count(*), count(distinct item_id), null, null, null from overdue group by executor_key order by 3 desc limit 10)
  union all (select 'section', parent_id::text, count(*), count(distinct item_id), null, null, null from overdue group by plan_id, parent_id order by 3 desc limit 10)
  union all (select 'waiting', id::text, null, null, null, null, created_at from o where review_status = 'pending' order by created_at limit 10)
  union all (select 'soon', id::text, null, null, null, null, due from o where status is null and due between current_date and current_date + 14 order by due limit 10)`;
const regionScope = '(org.id = $1 or org.parent_id = $1)';
const searchSql = `select i.id, ts_rank(i.search_vector, q) as rank from plan_items i, websearch_to_tsquery('russian', $1) q
  where i.search_vector @@ q order by rank desc, i.id limit 20`;
/**
 * What the search's cap on ranked candidates costs (national user, items): the lowest rank on the first page
 * of 50 when every match is ranked, and when only the first SEARCH_CANDIDATES the index yields are.
 */
const searchQualitySql = `with t as (select websearch_to_tsquery('russian', $1) as q),
  full_page as (select ts_rank(i.search_vector, t.q) as r from plan_items i, t where i.search_vector @@ t.q order by 1 desc limit 50),
  capped as (select ts_rank(i.search_vector, t.q) as r from plan_items i, t where i.search_vector @@ t.q limit ${SEARCH_CANDIDATES}),
  capped_page as (select r from capped order by r desc limit 50)
  select (select count(*) from plan_items i, t where i.search_vector @@ t.q)::int as matches,
    (select coalesce(min(r), 0) from full_page) as full_min, (select coalesce(min(r), 0) from capped_page) as capped_min`;
const SEARCHES = [
  'обучение членов участковых избирательных комиссий',
  'семинар',
  'молодежь',
  'правовой культуры избирателей',
  'отчет',
  'реестр',
  'выборы депутатов',
  'средства массовой информации',
  'кадровый резерв',
  'информационный центр',
];

/**
 * What autovacuum would have done by now. This machine's PostgreSQL runs with autovacuum off
 * (/etc/postgresql/15/main/conf.d/90-ci.conf); docs/deployment.md has it on. Without it the cache tables keep
 * the statistics of the load's ANALYZE (empty), so the planner scans all 240 MB of plan_item_tally to re-derive
 * a few hundred plans, and plan_tally_changes keeps the 700,000 dead rows of the load's change marks.
 */
async function vacuumCacheTables(pool: pg.Pool) {
  const started = performance.now();
  await pool.query('vacuum analyze plan_tally_changes, plan_item_tally, plan_tally_cache');
  console.log(
    `ℹ VACUUM ANALYZE таблиц кэша после первого пересчета (автоочистка на этом PostgreSQL выключена, в docs/deployment.md включена): ${ms(performance.now() - started)}`,
  );
}

/** A burst of report submissions, then one read of `path` by the national user: the plans the burst left stale and the read's time. */
async function afterBurst(base: string, pool: pg.Pool, executors: { cookie: string; occurrences: string[] }[], nation: string, path: string) {
  const sent = await reportBurst(base, executors, BURST);
  const stale = Number((await pool.query(`select count(distinct plan_id)::int as n from plan_tally_changes`)).rows[0].n);
  const started = performance.now();
  await expectOk(`${base}${path}`, nation);
  const total = performance.now() - started;
  // The same read again, with nothing stale: what the cache read alone costs, so the rest is the recomputation.
  const warmStarted = performance.now();
  await expectOk(`${base}${path}`, nation);
  return { sent, stale, ms: total, warmMs: performance.now() - warmStarted };
}

/**
 * `--db NAME --only burst`: the two «right after a burst» reads on a kept data set, `ROUNDS` times each
 * (the hand-written baselines are left out: 10–17 s each at 90 regions, and they do not move with the code).
 */
async function burstOnly(url: string, pool: pg.Pool) {
  const cookies = await benchSessions(pool, await executorLoginsOf(pool, EXECUTORS));
  const server = await start({ DATABASE_URL: url });
  try {
    // Whatever the last run left stale is recomputed first, untimed: each round starts from a fresh cache, as in the full run.
    await expectOk(`${server.base}/api/chairman/national`, cookies.nation);
    await expectOk(`${server.base}/api/chairman`, cookies.nation);
    await vacuumCacheTables(pool);
    const national: number[] = [];
    const chairman: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const n = await afterBurst(server.base, pool, cookies.executors, cookies.nation, '/api/chairman/national');
      const c = await afterBurst(server.base, pool, cookies.executors, cookies.nation, '/api/chairman');
      national.push(n.ms);
      chairman.push(c.ms);
      console.log(
        `  раунд ${round + 1}: свод по стране ${ms(n.ms)} (${n.stale} планов устарели), сводка председателя ${ms(c.ms)} (${c.stale} планов устарели)`,
      );
    }
    for (const [title, xs] of [
      ['Свод по стране', national],
      ['Сводка председателя', chairman],
    ] as const) {
      console.log(
        `${mark(Math.max(...xs) < 1000)} ${title} сразу после ${BURST} отчетов: медиана ${ms(median(xs))}, все: ${xs.map((x) => ms(x)).join(', ')} (цель < 1 с)`,
      );
    }
  } finally {
    await stop(server.child);
  }
}

function line(title: string, figure: string, ratio: number, ratioTarget: string, ok: boolean, note = '') {
  console.log(`${mark(ok)} ${title}: ${figure}; отношение к базовой линии ${ratio.toFixed(2)} (${ratioTarget})${note ? ` — ${note}` : ''}`);
}

async function main() {
  console.log(`Машина: ${cpus().length} ядра, load average ${loadavg()[0]!.toFixed(1)}; регионов: ${KEPT ? `база ${KEPT}` : REGIONS}`);
  if (KEPT) {
    if (ONLY !== 'burst') throw new Error('--db needs --only burst: the other measures need the run that loaded the data');
    const pool = new pg.Pool({ connectionString: urlFor(KEPT), max: 2 });
    try {
      await burstOnly(urlFor(KEPT), pool);
    } finally {
      await pool.end();
    }
    console.log(`Загрузка машины после прогона: load average ${loadavg()[0]!.toFixed(1)} при ${cpus().length} ядрах`);
    return;
  }
  const name = `planik_scale_${randomBytes(4).toString('hex')}`;
  await adminSql(`create database ${name}`);
  const url = urlFor(name);
  let server: Awaited<ReturnType<typeof start>> | null = null;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const explains: string[] = [];
  // Each target missed, with the reason this run measured (the bench says why, not only that).
  const failed: { what: string; why: string }[] = [];
  const fail = (what: string, why: string) => failed.push({ what, why });
  try {
    const started = performance.now();
    const loaded = await loadCountry(url, REGIONS, EXECUTORS, (l) => console.log(l));
    const loadSeconds = (performance.now() - started) / 1000;
    console.log(
      `Загрузка: ${loadSeconds.toFixed(1)} с (${Object.entries(loaded.seconds)
        .map(([k, v]) => `${k} ${v.toFixed(1)} с`)
        .join(', ')})`,
    );
    console.log(
      `Строк: ${Object.entries(loaded.counts)
        .map(([k, v]) => `${k} ${v.toLocaleString('ru')}`)
        .join(', ')}`,
    );

    server = await start({ DATABASE_URL: url });
    const base = server.base;
    const { region, nation, executors } = loaded.cookies;
    const regionId = loaded.data.regionIds[0]!;

    // 1. A region's dashboard and the national roll-up, against the hand-written aggregate.
    {
      const app = await repeat(10, () => expectOk(`${base}/api/execution/plans`, region));
      const plansShown = (await expectOk<{ plans: unknown[] }>(`${base}/api/execution/plans`, region)).body.plans.length;
      const hand = await repeat(10, () => pool.query(rollupSql(regionScope), [regionId]));
      const ratio = median(app) / median(hand);
      const ok = ratio <= 1.5 && median(app) < 200;
      if (!ok) fail('дашборд региона', `медиана ${ms(median(app))}, SQL-агрегат тех же строк ${ms(median(hand))}`);
      line(
        `Дашборд региона (${plansShown} планов ИК и ее ТИК)`,
        `медиана ${ms(median(app))}, p95 ${ms(percentile(app, 95))} из ${app.length} запросов (цель < 200 мс)`,
        ratio,
        `цель ≤ 1,5; SQL-агрегат ${ms(median(hand))}`,
        ok,
      );
      explains.push(`-- Дашборд региона: SQL-агрегат\n${await explain(pool, rollupSql(regionScope), [regionId])}`);
    }
    {
      // The national roll-up (/api/chairman/national) and the chairman's summary (/api/chairman) are served
      // from the per-plan tally cache (docs/performance.md): measured cold (right after the load every plan is
      // marked changed, the first request classifies the country; in production the scheduler's warm job
      // does it), warm, and after a burst of report submissions (only the plans written are recomputed),
      // against the hand-written aggregates of the same rows.
      const total = Number((await pool.query(`select count(*) as n from plans where status <> 'draft'`)).rows[0].n);
      const coldStarted = performance.now();
      await expectOk(`${base}/api/chairman/national`, nation);
      const cold = performance.now() - coldStarted;
      console.log(`ℹ Свод по стране, первый запрос после загрузки (пересчет всех ${total} планов в кэш): ${ms(cold)}`);
      await vacuumCacheTables(pool);
      const app = await repeat(5, () => expectOk(`${base}/api/chairman/national`, nation));
      const body = (await expectOk(`${base}/api/chairman/national`, nation)).body as NationalBody;
      const hand = await repeat(3, () => pool.query(nationalSql, []));
      const ratio = median(app) / median(hand);
      // Every plan past its draft in the country; the demo data's few plans of other commissions may lie outside the national user's tree.
      const complete = body.plans >= total - 10;
      // Plans and occurrences per region and level mean the same in both: they must agree.
      const disagree = await nationalDisagreements(pool, body, nationalSql);
      const ok = ratio <= 1.5 && median(app) < 1000 && complete && !disagree.length;
      if (!ok) fail('свод по стране', disagree.length ? 'расходится с SQL-агрегатом' : complete ? `медиана ${ms(median(app))}` : 'охватывает не все планы');
      line(
        `Свод по стране из кэша (${body.plans} из ${total} действующих планов, ${body.regions.length} групп по регионам)`,
        `медиана ${ms(median(app))}, все запросы: ${app.map((x) => ms(x)).join(', ')} (цель < 1 с)`,
        ratio,
        `цель ≤ 1,5; SQL-агрегат по регионам и уровням ${ms(median(hand))}`,
        ok,
        [
          complete ? '' : 'свод охватывает не все планы',
          disagree.length ? `расходится с агрегатом: ${disagree.slice(0, 3).join('; ')}` : 'планы и мероприятия по регионам и уровням совпадают с агрегатом',
        ]
          .filter(Boolean)
          .join('; '),
      );
      explains.push(`-- Свод по стране: SQL-агрегат по регионам и уровням\n${await explain(pool, nationalSql, [])}`);
    }

    {
      // The chairman's summary of the national user: its parts were cached with the roll-up's recompute.
      const app = await repeat(5, () => expectOk(`${base}/api/chairman`, nation));
      const body = (await expectOk(`${base}/api/chairman`, nation)).body as { plans: number; totals: { overdue: number } };
      const total = Number((await pool.query(`select count(*) as n from plans where status <> 'draft'`)).rows[0].n);
      const hand = await repeat(3, () => pool.query(chairmanSql, []));
      const ratio = median(app) / median(hand);
      const complete = body.plans >= total - 10;
      const ok = ratio <= 1.5 && median(app) < 1000 && complete;
      if (!ok) fail('сводка председателя', complete ? `медиана ${ms(median(app))}` : 'охватывает не все планы');
      line(
        `Сводка председателя из кэша (${body.plans} из ${total} действующих планов, просрочено ${body.totals.overdue})`,
        `медиана ${ms(median(app))}, все запросы: ${app.map((x) => ms(x)).join(', ')} (цель < 1 с)`,
        ratio,
        `цель ≤ 1,5; SQL-агрегат сводки ${ms(median(hand))}`,
        ok,
        complete ? '' : 'сводка охватывает не все планы',
      );
      explains.push(`-- Сводка председателя: SQL-агрегат\n${await explain(pool, chairmanSql, [])}`);

      // After a burst of report submissions: the next read recomputes the plans written, then sums the cache.
      const burstNational = await afterBurst(base, pool, executors, nation, '/api/chairman/national');
      const burstChairman = await afterBurst(base, pool, executors, nation, '/api/chairman');
      const handNational = median(await repeat(2, () => pool.query(nationalSql, [])));
      const handChairman = median(await repeat(2, () => pool.query(chairmanSql, [])));
      for (const [title, r, handMs] of [
        ['Свод по стране', burstNational, handNational],
        ['Сводка председателя', burstChairman, handChairman],
      ] as const) {
        const burstOk = r.ms < 1000 && r.ms / handMs <= 1.5;
        const split = `пересчет ${r.stale} устаревших планов ≈ ${ms(Math.max(0, r.ms - r.warmMs))}, чтение кэша ${ms(r.warmMs)}`;
        if (!burstOk) fail(`${title.toLowerCase()} после отчетов`, `${ms(r.ms)}: ${split}`);
        line(
          `${title} сразу после ${r.sent} отчетов (${r.stale} планов устарели)`,
          `${ms(r.ms)} (цель < 1 с)`,
          r.ms / handMs,
          `цель ≤ 1,5; SQL-агрегат ${ms(handMs)}`,
          burstOk,
          split,
        );
      }

      // The cache holds exactly what the live classification of the same moment gives.
      const same = await cacheEqualsLive(url);
      explains.push(...same.explains);
      if (!same.equal) fail('кэш расходится с живым пересчетом', same.detail);
      console.log(
        `${mark(same.equal)} Кэш и живой пересчет (classifiedOutcomes по всем ${same.plans} планам, ${ms(same.liveMs)}): ${same.equal ? 'совпадают по всем группам' : `расходятся: ${same.detail}`}`,
      );
    }

    // 2. Search across everything a national user may see.
    {
      const app = await repeat(SEARCHES.length * 3, (i) =>
        expectOk(`${base}/api/search?q=${encodeURIComponent(SEARCHES[Math.abs(i) % SEARCHES.length]!)}`, nation),
      );
      const hand = await repeat(SEARCHES.length * 3, (i) => pool.query(searchSql, [SEARCHES[Math.abs(i) % SEARCHES.length]]));
      const p95 = percentile(app, 95);
      const ok = p95 < 100;
      if (!ok) fail('поиск', `p95 ${ms(p95)}; SQL-запрос, ранжирующий все совпадения: p95 ${ms(percentile(hand, 95))}`);
      const quality = [];
      for (const q of SEARCHES) {
        const r = (await pool.query(searchQualitySql, [q])).rows[0] as { matches: number; full_min: number; capped_min: number };
        quality.push({ q, ...r });
      }
      const worse = quality.filter((x) => x.capped_min < x.full_min);
      line(
        'Поиск по всем планам (национальный пользователь)',
        `p95 ${ms(p95)}, медиана ${ms(median(app))} (цель p95 < 100 мс)`,
        p95 / percentile(hand, 95),
        `SQL-запрос по тем же пунктам, ранжирующий все совпадения: p95 ${ms(percentile(hand, 95))}`,
        ok,
        `приложение ранжирует не более ${SEARCH_CANDIDATES} совпадений (совпадений у запросов: ${quality.map((x) => x.matches).join(', ')}); ` +
          `первая страница из 50 хуже полного ранжирования у ${worse.length} из ${quality.length} запросов` +
          worse.map((x) => `, «${x.q}»: низший ранг ${x.capped_min.toFixed(3)} вместо ${x.full_min.toFixed(3)}`).join(''),
      );
      explains.push(`-- Поиск: «${SEARCHES[0]}»\n${await explain(pool, searchSql, [SEARCHES[0]])}`);
    }

    // 3. Report submission: 200 concurrent executors against a bare pg insert of the same rows.
    {
      const executorList = executors;
      /** One burst of `amount` submissions by the 200 executors at once; what was acknowledged, and when the last answer came. */
      const burst = async (runId: string, amount: number) => {
        let seq = 0;
        let last = 0;
        const acked = new Set<string>();
        const t0 = performance.now();
        const result = await load({
          url: base,
          connections: EXECUTORS,
          amount,
          timeout: 30,
          requests: [
            {
              method: 'POST',
              setupRequest: (req: autocannon.Request, context: object) => {
                const n = seq++;
                const e = executorList[n % executorList.length]!;
                (context as { key?: string }).key = `${runId}-${n}`;
                return {
                  ...req,
                  path: `/api/occurrences/${e.occurrences[Math.floor(n / executorList.length) % e.occurrences.length]}/reports`,
                  headers: { cookie: e.cookie, 'content-type': 'application/json' },
                  body: JSON.stringify({
                    status: 'done',
                    text: `Отчет № ${n}: мероприятие проведено.`,
                    metrics: { participants: n % 40 },
                    links: [],
                    clientKey: `${runId}-${n}`,
                  }),
                };
              },
              onResponse: (status: number, _b: string, context: object) => {
                last = performance.now();
                if (status === 201) acked.add((context as { key: string }).key);
              },
            },
          ],
        });
        return { result, acked, rate: acked.size / ((last - t0) / 1000) };
      };
      /** The same rows inserted by 200 concurrent writers over a pool of 10 (the app's pool size): rows/s and each insert's latency. */
      const bareInsert = async (bare: pg.Pool, runId: string, amount: number) => {
        const rows = Array.from({ length: amount }, (_, i) => {
          const e = executorList[i % executorList.length]!;
          return [e.occurrences[i % e.occurrences.length], e.userId, `bare-${runId}-${i}`] as const;
        });
        const latencies: number[] = [];
        let cursor = 0;
        const b0 = performance.now();
        await Promise.all(
          Array.from({ length: EXECUTORS }, async () => {
            while (cursor < rows.length) {
              const [occ, author, key] = rows[cursor++]!;
              const started = performance.now();
              await bare.query(
                `insert into reports (occurrence_id, status, text, metrics, links, file_ids, author_id, client_key) values ($1, 'done', 'Отчет: мероприятие проведено.', '{"participants": 1}', '[]', '{}', $2, $3)`,
                [occ, author, key],
              );
              latencies.push(performance.now() - started);
            }
          }),
        );
        return { rate: rows.length / ((performance.now() - b0) / 1000), p99: percentile(latencies, 99) };
      };

      // Both sides are measured warm, as every other figure here (repeat() makes one untimed call): the
      // first burst after start-up also pays for the pool's connections, V8's compilation of the path and
      // the executors' pages coming into shared buffers, and ran at about half the rate in our runs. It is one
      // burst of the same size, printed as well.
      const amount = EXECUTORS * REPORTS_PER_EXECUTOR;
      const bare = new pg.Pool({ connectionString: url, max: 10 });
      const cold = await burst(`warm-${randomUUID().slice(0, 8)}`, amount);
      await bareInsert(bare, `warm-${randomUUID().slice(0, 8)}`, amount);
      const runId = randomUUID().slice(0, 8);
      const app = await burst(runId, amount);
      const stored = Number((await pool.query(`select count(*)::int as n from reports where client_key like $1`, [`${runId}-%`])).rows[0].n);
      const direct = await bareInsert(bare, randomUUID().slice(0, 8), app.acked.size || amount);
      await bare.end();
      const ratio = app.rate / direct.rate;
      const p99 = app.result.latency.p99;
      const ok = ratio >= 0.5 && p99 < 100 && stored === app.acked.size;
      // With 200 clients each waiting for its answer, the mean latency is 200 / throughput (Little's law):
      // under 100 ms needs more than 2,000 acknowledged reports a second, whatever the code does.
      const bound = (EXECUTORS / app.rate) * 1000;
      if (!ok)
        fail(
          'отправка отчетов',
          stored !== app.acked.size
            ? `сохранено ${stored} из ${app.acked.size} принятых`
            : ratio < 0.5
              ? `${ratio.toFixed(2)} прямой вставки pg`
              : `p99 ${p99} мс при ${app.rate.toFixed(0)} отчетах/с: ${EXECUTORS} ожидающих клиентов / пропускная способность = ${ms(bound)} в среднем; прямая вставка pg тех же строк здесь: p99 ${ms(direct.p99)}`,
        );
      line(
        `Отправка отчетов, ${EXECUTORS} исполнителей одновременно`,
        `${app.rate.toFixed(0)} отчетов/с, p50 ${app.result.latency.p50} мс, p99 ${p99} мс (цель p99 < 100 мс); принято ${app.acked.size}, сохранено ${stored}; ответы ${[...app.result.statuses].map(([s, c]) => `${s}: ${c}`).join(', ')}`,
        ratio,
        `цель ≥ 0,5; прямая вставка pg ${direct.rate.toFixed(0)} строк/с, p99 ${ms(direct.p99)}`,
        ok,
        [
          `первый залп после запуска: ${cold.rate.toFixed(0)} отчетов/с, p99 ${cold.result.latency.p99} мс`,
          p99 >= 100
            ? `при ${EXECUTORS} ожидающих клиентах средняя задержка = ${EXECUTORS} / пропускная способность = ${ms(bound)}; прямая вставка pg в тех же условиях: p99 ${ms(direct.p99)}`
            : '',
        ]
          .filter(Boolean)
          .join('; '),
      );
    }

    // 4. A 1,000-item plan read by 100 concurrent readers revalidating with ETag.
    {
      const planUrl = `${base}/api/plans/${loaded.data.bigPlanId}`;
      const first = await expectOk<{ items: { children?: unknown[] }[] }>(planUrl, nation);
      const items = countTree(first.body.items);
      const full = await repeat(10, () => expectOk(planUrl, nation));
      const health = await load({ url: `${base}/api/health`, connections: 100, duration: Math.max(3, Math.round(READ_SECONDS / 2)) });
      const read = await load({ url: planUrl, connections: 100, duration: READ_SECONDS, headers: { cookie: nation, 'if-none-match': first.etag ?? '' } });
      const rps = read.requests.average;
      const only304 = [...read.statuses.keys()].every((s) => s === 304);
      const ok = rps >= 1000 && read.latency.p99 < 200 && only304;
      if (!ok)
        fail(
          'чтение плана',
          only304
            ? `${rps.toFixed(0)} запросов/с, p99 ${read.latency.p99} мс; /api/health на том же сервере: ${health.requests.average.toFixed(0)} запросов/с`
            : 'не все ответы 304',
        );
      line(
        `Чтение плана из ${items} пунктов, 100 читателей с ETag`,
        `${rps.toFixed(0)} запросов/с (цель ≥ 1000), p99 ${read.latency.p99} мс (цель < 200 мс); ответы ${[...read.statuses].map(([s, c]) => `${s}: ${c}`).join(', ')}; полное чтение без ETag: медиана ${ms(median(full))}`,
        rps / health.requests.average,
        `/api/health на том же сервере: ${health.requests.average.toFixed(0)} запросов/с`,
        ok,
      );
    }

    console.log('\nПланы выполнения (EXPLAIN ANALYZE, BUFFERS):');
    for (const e of explains) console.log(`\n${e}`);
    console.log(`\nЗагрузка машины после прогона: load average ${loadavg()[0]!.toFixed(1)} при ${cpus().length} ядрах`);
    if (failed.length) {
      console.log('Цели не достигнуты на этой машине (разбор — docs/performance.md):');
      for (const f of failed) console.log(`  ✗ ${f.what}: ${f.why}`);
    }
  } finally {
    await pool.end();
    if (server) await stop(server.child);
    if (keep) console.log(`База сохранена: ${name}`);
    else await adminSql(`drop database if exists ${name} with (force)`);
  }
}

await main();
