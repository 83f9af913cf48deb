import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuilt } from '../../src/cli/web-build.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Server output so far, for failure messages. */
  output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${output()}`);
}

/**
 * Builds the web app when stale. Vitest sets NODE_ENV=test, and Vite then builds
 * React's development runtime (slower, ~25 KB more): build as production, and
 * throw away a development build left by an earlier run.
 */
export function buildWeb() {
  const assets = join(root, 'dist', 'web', 'assets');
  if (existsSync(assets) && readdirSync(assets).some((f) => f.includes('jsx-dev-runtime'))) rmSync(join(root, 'dist', 'web', 'index.html'), { force: true });
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    ensureWebBuilt(root);
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}

/** Builds the web app when stale, then runs the real server on a fresh data dir and a free port. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  buildWeb();
  const dataDir = await mkdtemp(join(tmpdir(), 'planik-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [join(root, 'bin', 'planik.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PLANIK_DEMO: '1',
      PLANIK_DEMO_LIVING: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const output = () => log.slice(-4000);
  try {
    await waitForHealth(url, child, output, 90_000);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    dataDir,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in API client for setting up data the journey does not click through. */
export async function apiSession(url: string, login: string, password = 'demo') {
  const r = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!r.ok) throw new Error(`login ${login}: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const call = async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    cookie,
    get: <T = unknown>(p: string) => call<T>('GET', p),
    post: <T = unknown>(p: string, b: unknown = {}) => call<T>('POST', p, b),
    patch: <T = unknown>(p: string, b: unknown) => call<T>('PATCH', p, b),
    del: (p: string) => call('DELETE', p),
  };
}

export type ApiSession = Awaited<ReturnType<typeof apiSession>>;

/**
 * A draft calendar plan of the year with one item counted from the voting day («за 45 дней до дня голосования»):
 * it has no date until the plan has an election. The start of the elections-and-events journeys.
 */
export async function calendarPlanWithVotingItem(api: ApiSession, year: number, executor: string) {
  const plan = await api.post<{ id: string }>('/api/plans', {
    kind: 'calendar',
    title: `Календарный план выборов ${year} года`,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
  });
  const item = await api.post<{ id: string }>(`/api/plans/${plan.id}/items`, {
    title: 'Образование избирательных участков',
    deadlineText: 'не позднее чем за 45 дней до дня голосования',
    executors: [{ text: executor }],
  });
  return { planId: plan.id as string, votingItemId: item.id as string };
}
