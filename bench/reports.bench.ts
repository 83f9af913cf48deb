/**
 * Report submission under load (issue #7): 200 concurrent executors submit reports
 * through the real server on PostgreSQL, driven by autocannon over loopback.
 * Prints reports per second, p50/p99 latency, checks that every submitted report is
 * stored exactly once, and compares with a bare insert of the same rows through `pg`
 * (target: app/bare ≥ 0.5).
 *
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a throw-away database is created and dropped.
 * Run: npx tsx bench/reports.bench.ts [reports per executor]   (or npm run bench reports)
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { root } from '../e2e/support/server.js';
import { openPostgres } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { seedDemoDirectory } from '../src/server/demo/seed-demo.js';
import { insertOrganization } from '../src/server/repositories/organization.repository.js';
import { insertSession, insertUser } from '../src/server/repositories/user.repository.js';
import { createAccess } from '../src/server/services/access.service.js';
import { hashToken, toSessionUser } from '../src/server/services/auth.service.js';
import { createItemService } from '../src/server/services/item.service.js';
import { hashPassword } from '../src/server/services/password.js';
import { createPlanService } from '../src/server/services/plan.service.js';
import { findUserById } from '../src/server/repositories/user.repository.js';

const EXECUTORS = 200;
/** Concurrent connections (one executor each at a time); 200 unless BENCH_CONNECTIONS says otherwise. */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? EXECUTORS);
/** Reports each executor submits (all responses are awaited, so every submission is accounted for). */
const PER_EXECUTOR = Number(process.argv[2] ?? 50) || 50;
const TARGET_RATIO = 0.5;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const urlFor = (name: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Executor {
  cookie: string;
  userId: string;
  occurrences: string[];
}

/** A region with 200 ТИК, one executor each, and a plan whose monthly item is assigned to «ТИК». */
async function prepare(url: string): Promise<Executor[]> {
  const database = await openPostgres(url, 4);
  try {
    await runMigrations(database);
    const db = database.db;
    const directory = await seedDemoDirectory(db);
    const kaluga = directory.organizationIds.get('kaluga')!;
    const planner = toSessionUser((await findUserById(db, directory.userIds.get('kaluga')!))!);
    const passwordHash = await hashPassword(randomBytes(12).toString('hex'));
    const executors: Executor[] = [];
    for (let i = 0; i < EXECUTORS; i++) {
      const org = await insertOrganization(db, {
        kind: 'territorial',
        name: `Территориальная избирательная комиссия № ${i + 1}`,
        shortName: `ТИК № ${i + 1}`,
        parentId: kaluga,
      });
      const user = await insertUser(db, {
        login: `bench-tik-${i}`,
        displayName: `Исполнитель ТИК № ${i + 1}`,
        organizationId: org.id,
        roles: ['executor'],
        passwordHash,
      });
      const token = randomBytes(32).toString('base64url');
      await insertSession(db, { tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + 86_400_000), ip: null, userAgent: 'bench' });
      executors.push({ cookie: `planik_session=${token}`, userId: user.id, occurrences: [] });
    }
    const access = createAccess();
    const ctx = { user: planner, ip: null };
    const plan = await createPlanService(db, access).create(ctx, {
      kind: 'work_plan',
      title: 'План нагрузочного теста',
      period: { start: '2026-01-01', end: '2026-12-31' },
    });
    await createItemService(db, access).create(ctx, plan.id, {
      title: 'Ежемесячный отчет о работе учебного кабинета',
      deadlineText: 'ежемесячно',
      executors: [{ text: 'ТИК' }],
    });
    const admin = toSessionUser((await findUserById(db, directory.userIds.get('admin')!))!);
    await createPlanService(db, access).update({ user: admin, ip: null }, plan.id, { status: 'approved' });
    if (database.raw.kind !== 'postgres') throw new Error('PostgreSQL expected');
    const { rows } = await database.raw.pool.query<{ id: string; user_id: string }>(
      `select o.id, u.id as user_id from occurrences o join users u on u.organization_id = o.organization_id where u.login like 'bench-tik-%'`,
    );
    const byUser = new Map(executors.map((e) => [e.userId, e]));
    for (const r of rows) byUser.get(r.user_id)!.occurrences.push(r.id);
    return executors;
  } finally {
    await database.close();
  }
}

async function startApp(url: string, port: number) {
  const nodeArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'bin', 'planik.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      PLANIK_DEMO: '1',
      PLANIK_SCHEDULER: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d));
  child.stderr!.on('data', (d: Buffer) => (log += d));
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${log}`);
}

function body(e: Executor, n: number, runId: string) {
  return JSON.stringify({
    status: n % 5 === 0 ? 'partial' : 'done',
    text: `Отчет № ${n}: проведено занятие в учебном кабинете, рассмотрены изменения законодательства о выборах.`,
    metrics: { events: 1 + (n % 3), participants: 10 + (n % 40) },
    links: [],
    clientKey: `${runId}-${e.userId}-${n}`,
  });
}

async function main() {
  const name = `planik_bench_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = urlFor(name);
  let child: ReturnType<typeof spawn> | null = null;
  try {
    console.log(`База данных: ${name} (PostgreSQL, удаляется после прогона)`);
    const executors = await prepare(url);
    const occurrenceCount = executors.reduce((a, e) => a + e.occurrences.length, 0);
    console.log(`Подготовлено: ${EXECUTORS} ТИК с исполнителями, ${occurrenceCount} мероприятий (пункт «ежемесячно» для «ТИК»)`);
    const port = await freePort();
    child = await startApp(url, port);

    // Warm-up (JIT, pools), not counted.
    const runId = randomUUID().slice(0, 8);
    for (const e of executors.slice(0, 20)) {
      await fetch(`http://127.0.0.1:${port}/api/occurrences/${e.occurrences[0]}/reports`, {
        method: 'POST',
        headers: { cookie: e.cookie, 'content-type': 'application/json' },
        body: body(e, -1, `warm-${runId}`),
      });
    }
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const before = Number((await pool.query(`select count(*)::int as n from audit_events where action = 'report.create'`)).rows[0].n);

    const cpuOf = async (pid: number) => {
      try {
        const f = (await import('node:fs')).readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return (Number(f[11]) + Number(f[12])) * 10; // utime + stime in ms (USER_HZ = 100)
      } catch {
        return NaN;
      }
    };
    const cpuBefore = await cpuOf(child.pid!);
    let seq = 0;
    const acked = new Set<string>();
    const statuses = new Map<number, number>();
    // Timed from the first request to the last response: autocannon's own `duration` (and the moment its
    // promise settles) follows its one-second sampling tick, which would add up to a second to a short run.
    const appStarted = performance.now();
    let lastResponse = appStarted;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      amount: EXECUTORS * PER_EXECUTOR,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          // autocannon resets a connection's context after each pass over `requests`: number the requests globally.
          setupRequest: (req: autocannon.Request, context: object) => {
            const n = seq++;
            const e = executors[n % executors.length]!;
            (context as { key?: string }).key = `${runId}-${e.userId}-${n}`;
            return {
              ...req,
              path: `/api/occurrences/${e.occurrences[Math.floor(n / executors.length) % e.occurrences.length]}/reports`,
              headers: { cookie: e.cookie, 'content-type': 'application/json' },
              body: body(e, n, runId),
            };
          },
          onResponse: (status: number, _body: string, context: object) => {
            lastResponse = performance.now();
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status === 201) acked.add((context as { key: string }).key);
          },
        },
      ],
    } as autocannon.Options);
    const seconds = (lastResponse - appStarted) / 1000;

    const serverCpu = (await cpuOf(child.pid!)) - cpuBefore;
    const stored = (
      await pool.query<{ client_key: string; n: number }>(`select client_key, count(*)::int as n from reports where client_key like $1 group by client_key`, [
        `${runId}-%`,
      ])
    ).rows;
    const audited = Number((await pool.query(`select count(*)::int as n from audit_events where action = 'report.create'`)).rows[0].n);
    const ok = acked.size;
    const dup = stored.filter((r) => r.n > 1).length;
    const lost = [...acked].filter((k) => !stored.some((r) => r.client_key === k)).length;
    const rowsStored = stored.reduce((a, r) => a + r.n, 0);
    const appRate = ok / seconds;
    console.log(
      `\nПриложение: ${ok} отчетов за ${seconds.toFixed(2)} с → ${appRate.toFixed(0)} отчетов/с; задержка p50 ${result.latency.p50} мс, p99 ${result.latency.p99} мс (${CONNECTIONS} одновременных исполнителей, ${result.requests.average.toFixed(0)} запросов/с)`,
    );
    if (Number.isFinite(serverCpu))
      console.log(
        `Процессорное время сервера: ${(serverCpu / 1000).toFixed(1)} с, ${(serverCpu / Math.max(ok, 1)).toFixed(2)} мс на отчет; нагрузка машины (load average): ${(await import('node:os')).loadavg()[0]!.toFixed(1)} при ${(await import('node:os')).cpus().length} ядрах`,
      );
    console.log(
      `Ответы: ${[...statuses.entries()].map(([s, c]) => `${s}: ${c}`).join(', ')}; ошибок соединения ${result.errors}, тайм-аутов ${result.timeouts}`,
    );
    const exactlyOnce = rowsStored === ok && stored.length === ok && dup === 0 && lost === 0 && seq === ok && audited - before === ok;
    console.log(
      `Ровно один раз: отправлено ${seq}, принято (201) ${ok}, сохранено строк ${rowsStored}, дублей ${dup}, потеряно ${lost}, записей аудита ${audited - before} → ${exactlyOnce ? 'OK' : 'НАРУШЕНО'}`,
    );

    // The same rows, inserted directly through pg by as many concurrent workers over a pool of the app's size.
    const bare = new pg.Pool({ connectionString: url, max: 10 });
    const rows: [string, string, string, string][] = [];
    const bareCount = Math.max(ok, 2000);
    for (let i = 0; i < bareCount; i++) {
      const e = executors[i % executors.length]!;
      rows.push([e.occurrences[i % e.occurrences.length]!, e.userId, body(e, i, `bare-${runId}`), `bare-${runId}-${i}`]);
    }
    let cursor = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: EXECUTORS }, async () => {
        while (cursor < rows.length) {
          const [occurrenceId, authorId, json, key] = rows[cursor++]!;
          const b = JSON.parse(json);
          await bare.query(
            `insert into reports (occurrence_id, status, text, metrics, links, file_ids, author_id, client_key) values ($1, $2, $3, $4, $5, '{}', $6, $7)`,
            [occurrenceId, b.status, b.text, JSON.stringify(b.metrics), JSON.stringify(b.links), authorId, key],
          );
        }
      }),
    );
    const bareSeconds = (performance.now() - started) / 1000;
    const bareRate = rows.length / bareSeconds;
    await bare.end();
    await pool.end();
    const ratio = appRate / bareRate;
    console.log(`Прямая вставка через pg: ${rows.length} строк за ${bareSeconds.toFixed(2)} с → ${bareRate.toFixed(0)} строк/с`);
    console.log(`Отношение приложение/прямая вставка: ${ratio.toFixed(2)} (цель ≥ ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? '✓' : '✗'}`);
    if (!exactlyOnce) process.exitCode = 1;
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await admin(`drop database if exists ${name} with (force)`);
  }
}

await main();
