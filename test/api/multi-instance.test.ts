import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { haproxyAvailable, startHaproxy, type Proxy } from '../support/haproxy.js';
import { multipart } from '../support/multipart.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/server-process.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { createPostgresDatabase, databaseUrlFor, dropPostgresDatabase, testDatabaseKind, testDatabaseUrl } from '../support/template-db.js';
import type { Occurrence, User } from '../support/api-types.js';

/**
 * Issue #19: two app processes on one PostgreSQL behind HAProxy (Debian's
 * package, started here). Runs in the PostgreSQL tier only: PGlite is one
 * process by design. Sessions, files and the reminder job must not care which
 * instance a request lands on, and killing an instance in the middle of a
 * report burst must lose no report that was acknowledged.
 */
const enabled = testDatabaseKind() === 'postgres' && haproxyAvailable();
if (testDatabaseKind() === 'postgres' && !haproxyAvailable() && process.env.CI === 'true')
  throw new Error('CI=true: haproxy is missing (apt-get install -y haproxy)');

type Base = (path: string) => string;
/** A parsed JSON answer; `T` is what the test expects the body to be (the shared response types). */
interface Answer<T = unknown> {
  status: number;
  body: T;
  instance: string | null;
  raw: Buffer;
}

async function call<T = unknown>(
  base: Base,
  method: string,
  path: string,
  cookie: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const isBuffer = Buffer.isBuffer(body);
  const r = await fetch(base(path), {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined && !isBuffer ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: isBuffer ? new Uint8Array(body) : JSON.stringify(body) } : {}),
  });
  const raw = Buffer.from(await r.arrayBuffer());
  let parsed: unknown = null;
  if ((r.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(raw.toString('utf8'));
  return { status: r.status, body: parsed as T, instance: r.headers.get('x-planik-instance'), raw };
}

async function login(base: Base, userLogin: string): Promise<string> {
  const r = await fetch(base('/api/auth/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: userLogin, password: 'demo' }),
  });
  if (!r.ok) throw new Error(`login ${userLogin}: ${r.status}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const inDays = (n: number) => iso(new Date(Date.now() + n * 86_400_000));
const ru = (isoDate: string) => isoDate.split('-').reverse().join('.');

describe.skipIf(!enabled)('two instances behind HAProxy on one PostgreSQL', () => {
  let dbName = '';
  let pool: pg.Pool;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let proxy: Proxy;
  const dirs: string[] = [];
  let planId = '';

  beforeAll(async () => {
    dbName = await createPostgresDatabase(inject('postgresTemplate'));
    const url = databaseUrlFor(testDatabaseUrl(), dbName);
    pool = new pg.Pool({ connectionString: url, max: 2 });
    sink = await startSmtpSink();
    const envFor = async () => {
      // Each instance its own DATA_DIR: nothing may depend on a shared directory.
      const dir = await mkdtemp(join(tmpdir(), 'planik-instance-'));
      dirs.push(dir);
      return {
        DATABASE_URL: url,
        DATA_DIR: dir,
        SMTP_URL: sink.url,
        MAIL_FROM: 'Planik <planik@test.local>',
        PLANIK_SCHEDULER_INTERVAL_SECONDS: '1',
        PLANIK_TRUST_PROXY: '1',
        REMINDER_DAYS: '7',
      };
    };
    // Started together: both run the migrations at once, which the advisory lock serialises.
    [a, b] = await Promise.all([startServerProcess(await envFor()), startServerProcess(await envFor())]);
    proxy = await startHaproxy([
      { name: 'a', port: a.port },
      { name: 'b', port: b.port },
    ]);
  }, 240_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([a && stopServerProcess(a), b && stopServerProcess(b)]);
    await sink?.close();
    await pool?.end();
    if (dbName) await dropPostgresDatabase(dbName);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('a session opened through the proxy works on both instances, and a logout on one ends it on the other', async () => {
    const cookie = await login(proxy.url, 'kaluga');
    const served = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const r = await call<{ user?: { login: string }; login?: string }>(proxy.url, 'GET', '/api/auth/me', cookie);
      expect(r.status).toBe(200);
      expect(r.body.user?.login ?? r.body.login).toBe('kaluga');
      served.add(r.instance ?? '?');
    }
    expect(served).toEqual(new Set(['a', 'b']));
    expect((await call(a.url, 'GET', '/api/plans', cookie)).status).toBe(200);
    expect((await call(b.url, 'GET', '/api/plans', cookie)).status).toBe(200);
    expect((await call(a.url, 'POST', '/api/auth/logout', cookie, {})).status).toBeLessThan(300);
    expect((await call(b.url, 'GET', '/api/auth/me', cookie)).status).toBe(401);
  });

  it('a file uploaded through one instance downloads through the other (no shared directory)', async () => {
    const tik = await login(proxy.url, 'kaluga-tik');
    // Larger than one stored chunk, so the download streams several.
    const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(700_000, 42), Buffer.from('\n%%EOF\n')]);
    const form = multipart([{ field: 'file', filename: 'протокол.pdf', content, type: 'application/pdf' }]);
    const uploaded = await call<{ id: string }>(a.url, 'POST', '/api/files', tik, form.payload, form.headers);
    expect(uploaded.status).toBe(201);
    const downloaded = await call(b.url, 'GET', `/api/files/${uploaded.body.id}`, tik);
    expect(downloaded.status).toBe(200);
    expect(downloaded.raw.equals(content)).toBe(true);
    for (const dir of dirs) expect(existsSync(join(dir, 'files'))).toBe(false);
  });

  it('the daily reminder job runs once across both instances: one e-mail per recipient however often it is made due', async () => {
    const admin = await login(proxy.url, 'admin');
    const kaluga = await login(proxy.url, 'kaluga');
    const users: User[] = (await call<{ users: User[] }>(proxy.url, 'GET', '/api/users', admin)).body.users;
    for (const [userLogin, email] of [
      ['kaluga-tik', 'tik@test.local'],
      ['kaluga', 'ikko@test.local'],
    ] as const) {
      const id = users.find((u) => u.login === userLogin)!.id;
      expect((await call(proxy.url, 'PATCH', `/api/users/${id}`, admin, { email })).status).toBe(200);
    }
    const year = inDays(0).slice(0, 4);
    planId = (
      await call<{ id: string }>(proxy.url, 'POST', '/api/plans', kaluga, {
        kind: 'work_plan',
        title: 'План для нескольких экземпляров',
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
      })
    ).body.id;
    for (const [title, deadlineText] of [
      ['Сверка списков членов УИК', `до ${ru(inDays(3))}`],
      ['Сведения о кадровом резерве', `до ${ru(inDays(-5))}`],
      ['Ежемесячный отчет', 'ежемесячно'],
    ]) {
      expect((await call(proxy.url, 'POST', `/api/plans/${planId}/items`, kaluga, { title, deadlineText, executors: [{ text: 'ТИК' }] })).status).toBe(201);
    }
    expect((await call(proxy.url, 'PATCH', `/api/plans/${planId}`, admin, { status: 'approved' })).status).toBe(200);

    await until('both instances to register the job', async () => (await pool.query(`select 1 from scheduled_jobs where name = 'reminders'`)).rowCount === 1);
    // Made due five times in a row while both instances tick every second: each time one of them takes it.
    for (let round = 0; round < 5; round++) {
      const before = (await pool.query(`select coalesce(last_finished_at, 'epoch') as t from scheduled_jobs where name = 'reminders'`)).rows[0].t as Date;
      await pool.query(`update scheduled_jobs set next_run_at = now() - interval '1 second' where name = 'reminders'`);
      await until('the run to finish', async () => {
        const r = (await pool.query(`select last_finished_at, next_run_at from scheduled_jobs where name = 'reminders'`)).rows[0];
        return r.last_finished_at !== null && r.last_finished_at > before && r.next_run_at > new Date();
      });
    }
    await until('the digests to be sent', async () => {
      const counts = (await pool.query(`select count(*)::int as total, count(*) filter (where status <> 'sent')::int as unsent from reminder_digests`)).rows[0];
      return counts.total > 0 && counts.unsent === 0;
    });
    await new Promise((r) => setTimeout(r, 2_500)); // a second sender would have sent by now
    const digests = (await pool.query(`select user_id, kind, run_key from reminder_digests`)).rows;
    expect(new Set(digests.map((d) => `${d.user_id}|${d.kind}|${d.run_key}`)).size).toBe(digests.length);
    const perRecipient = new Map<string, number>();
    for (const m of sink.received) for (const to of m.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(perRecipient.get('tik@test.local')).toBe(1);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    expect(sink.received).toHaveLength(digests.length);
    const job = (await pool.query(`select next_run_at, last_error from scheduled_jobs where name = 'reminders'`)).rows[0];
    expect(job.last_error).toBeNull();
    // Next run: tomorrow's time, not again today.
    expect(job.next_run_at.getTime()).toBeGreaterThan(Date.now());
  }, 120_000);

  it('killing one instance during a report burst loses no acknowledged report', async () => {
    const tik = await login(proxy.url, 'kaluga-tik');
    const occurrences: Occurrence[] = (await call<{ occurrences: Occurrence[] }>(proxy.url, 'GET', `/api/me/occurrences?state=all&planId=${planId}`, tik)).body
      .occurrences;
    expect(occurrences.length).toBeGreaterThan(5);
    const TOTAL = 240;
    const acknowledged = new Map<string, string>();
    const failures: number[] = [];
    let ackedAfterKill = 0;
    let killed = false;
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const i = next++;
        const text = `Отчет серии ${i}`;
        try {
          const r = await call<{ id: string }>(proxy.url, 'POST', `/api/occurrences/${occurrences[i % occurrences.length]!.id}/reports`, tik, {
            status: 'partial',
            text,
          });
          if (r.status === 201) {
            acknowledged.set(r.body.id, text);
            if (killed) ackedAfterKill++;
          } else failures.push(r.status);
        } catch {
          failures.push(0);
        }
        if (!killed && acknowledged.size >= 60) {
          killed = true;
          a.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(killed).toBe(true);
    // The proxy moved to the surviving instance; what failed failed at the gateway, never as a server error.
    expect(ackedAfterKill).toBeGreaterThan(20);
    expect(failures.every((s) => s === 502 || s === 503 || s === 504 || s === 0)).toBe(true);
    const stored = new Map<string, string>(
      (await pool.query(`select id::text, text from reports where text like 'Отчет серии %'`)).rows.map((r) => [r.id, r.text]),
    );
    for (const [id, text] of acknowledged) expect(stored.get(id), `acknowledged report ${id}`).toBe(text);
    // At most the in-flight requests of the killed instance can be stored without an answer.
    expect(stored.size - acknowledged.size).toBeLessThanOrEqual(failures.length);
    expect((await call(proxy.url, 'GET', '/api/auth/me', tik)).status).toBe(200);
  }, 120_000);
});
