/**
 * Plan-read throughput (issue #12, defect 8): 100 concurrent readers (autocannon) of
 * GET /api/plans/:id — the biggest seed plan and a generated 1,000-item plan — on
 * PGlite and on PostgreSQL, without and with If-None-Match. Prints requests/s,
 * p50/p99 latency, timeouts (must be 0), non-2xx/304 answers and the payload size.
 *
 * The server is the real `planik serve` of BENCH_APP_ROOT (default: this checkout), so
 * the same bench measures another checkout, e.g. the code before the change:
 *   git worktree add /tmp/base <commit> && ln -s $PWD/node_modules /tmp/base/node_modules
 *   BENCH_APP_ROOT=/tmp/base npx tsx bench/plan-read.bench.ts
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a throw-away database is created and dropped. BENCH_DB=pglite|postgres runs one only;
 * BENCH_SECONDS sets each run's length (default 15: longer than the 10 s timeout, so a
 * request that would time out is counted as one, not lost at the end of the run).
 * Run: npx tsx bench/plan-read.bench.ts   (or npm run bench plan-read)
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { adminSql, adminUrl, root, start, stop } from './support/server-process.js';

const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ITEMS = 1000;
const databases = (process.env.BENCH_DB ?? 'pglite,postgres').split(',');

/** A 1,000-item work plan as a tab-separated table, imported through the API like an uploaded file. */
function generatedPlan(): string {
  const months = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
  const rows = ['План работы избирательной комиссии на 2026 год', '№\tНаименование мероприятия\tСрок исполнения\tИсполнители\tОжидаемый результат'];
  const sections = 20;
  for (let s = 1; s <= sections; s++) {
    rows.push(`${s}.\tРаздел ${s}. Организационные мероприятия направления ${s}\t\t\t`);
    for (let i = 1; i < ITEMS / sections; i++) {
      const deadline =
        i % 4 === 0
          ? 'ежемесячно'
          : i % 4 === 1
            ? `до ${(i % 28) + 1} ${['января', 'марта', 'мая', 'октября'][i % 4]}`
            : i % 4 === 2
              ? 'в течение года'
              : months[i % 12]!;
      rows.push(
        `${s}.${i}.\tПроведение семинара для членов участковых избирательных комиссий по теме № ${s * 100 + i}: порядок работы в день голосования\t${deadline}\tИККО, ТИК\tПодготовлено ${i} членов комиссий`,
      );
    }
  }
  return rows.join('\n');
}

async function prepare(base: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'kuzbass', password: 'demo' }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const list = (await (await fetch(`${base}/api/plans?limit=500`, { headers: { cookie } })).json()) as {
    plans: { id: string; title: string; itemCount: number }[];
  };
  const biggest = list.plans.sort((a, b) => b.itemCount - a.itemCount)[0]!;
  const form = new FormData();
  form.append('file', new Blob([generatedPlan()], { type: 'text/plain' }), 'plan-1000.txt');
  const imported = await fetch(`${base}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  if (imported.status !== 201) throw new Error(`import failed: ${imported.status} ${await imported.text()}`);
  const { id } = (await imported.json()) as { id: string };
  const confirmed = await fetch(`${base}/api/imports/${id}/confirm`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
  if (confirmed.status !== 201) throw new Error(`confirm failed: ${confirmed.status} ${await confirmed.text()}`);
  const big = (await confirmed.json()) as { plan: { id: string }; itemCount: number };
  return {
    cookie,
    plans: [
      { label: `«${biggest.title.slice(0, 40)}…» (${biggest.itemCount} пунктов)`, id: biggest.id },
      { label: `сгенерированный план (${big.itemCount} пунктов)`, id: big.plan.id },
    ],
  };
}

async function measure(base: string, cookie: string, planId: string, conditional: boolean) {
  const path = `/api/plans/${planId}`;
  const first = await fetch(`${base}${path}`, { headers: { cookie } });
  const text = await first.text();
  const etag = first.headers.get('etag');
  const headers: Record<string, string> = { cookie };
  if (conditional && etag) headers['if-none-match'] = etag;
  // Warm-up, not counted.
  await autocannon({ url: `${base}${path}`, connections: 10, amount: 50, headers, timeout: 10 } as autocannon.Options);
  const statuses = new Map<number, number>();
  let sent = 0;
  const result = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
    headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: unknown) => (sent++, req),
        onResponse: (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
      },
    ],
  } as autocannon.Options);
  const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
  return {
    // Requests still unanswered when the run stopped (after at least the 10 s timeout for the early ones).
    unanswered: Math.max(0, sent - answered - result.timeouts - result.errors),
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    timeouts: result.timeouts,
    errors: result.errors,
    statuses: [...statuses.entries()].map(([s, c]) => `${s}×${c}`).join(' '),
    bytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text).length,
    etag: Boolean(etag),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} КБ`;

async function runOn(kind: string) {
  let dataDir: string | null = null;
  let dbName: string | null = null;
  const env: Record<string, string> = {};
  if (kind === 'pglite') {
    dataDir = await mkdtemp(join(tmpdir(), 'planik-bench-read-'));
    env.DATA_DIR = dataDir;
  } else {
    dbName = `planik_bench_${randomBytes(5).toString('hex')}`;
    await adminSql(`create database ${dbName}`);
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
    env.DATA_DIR = await mkdtemp(join(tmpdir(), 'planik-bench-read-files-'));
    dataDir = env.DATA_DIR;
  }
  const { child, base } = await start(env);
  let failed = false;
  try {
    const { cookie, plans } = await prepare(base);
    for (const plan of plans) {
      for (const conditional of [false, true]) {
        const r = await measure(base, cookie, plan.id, conditional);
        if (r.timeouts > 0) failed = true;
        console.log(
          `${kind.padEnd(8)} ${plan.label}${conditional ? ', If-None-Match' + (r.etag ? '' : ' (ETag нет: полный ответ)') : ''}: ` +
            `${r.rps.toFixed(0)} запросов/с, p50 ${r.p50} мс, p99 ${r.p99} мс, тайм-аутов ${r.timeouts}, без ответа к концу ${r.unanswered}, ошибок ${r.errors}, ответы ${r.statuses}; ` +
            `тело ${kb(r.bytes)} (gzip ${kb(r.gzipBytes)})`,
        );
      }
    }
  } finally {
    await stop(child);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (dbName) await adminSql(`drop database if exists ${dbName} with (force)`);
  }
  return failed;
}

async function main() {
  console.log(`Код сервера: ${root}; ${CONNECTIONS} соединений, ${SECONDS} с на прогон`);
  let failed = false;
  for (const kind of databases) failed = (await runOn(kind)) || failed;
  console.log(failed ? 'Есть тайм-ауты ✗' : 'Тайм-аутов нет ✓');
  if (failed) process.exitCode = 1;
}

await main();
