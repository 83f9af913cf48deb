/*
 * What the benchmarks that drive a real `planik serve` share: a free port, the
 * server process of BENCH_APP_ROOT (default: this checkout) and its clean stop,
 * and statements on the PostgreSQL that hosts their throw-away databases.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

export const root = process.env.BENCH_APP_ROOT ?? new URL('../..', import.meta.url).pathname;
export const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function adminSql(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function start(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bin', 'planik.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', PLANIK_DEMO: '1', PLANIK_SCHEDULER: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => {
    log += d;
    process.stderr.write(d);
  });
  // The server's warnings and a crash's stack reach the bench's own error output (a run dies with them otherwise).
  child.stderr!.on('data', (d: Buffer) => {
    log += d;
    process.stderr.write(d);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null) process.stderr.write(`server exited with code ${code}\n`);
    if (signal && signal !== 'SIGTERM' && signal !== 'SIGKILL') process.stderr.write(`server exited on ${signal}\n`);
    if (signal === 'SIGKILL') process.stderr.write('server killed (SIGKILL)\n');
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${log}`);
}

/** Stops the server with SIGTERM and says how it exited: its code (0: every request drained), or the signal that ended it, and how long it took. */
export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) {
    process.stderr.write(`Сервер уже завершился: ${exitText(child.exitCode, child.signalCode)}\n`);
    return;
  }
  const started = performance.now();
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((r) => child.once('exit', (code, signal) => r([code, signal])));
  child.kill('SIGTERM');
  const [code, signal] = await exited;
  console.log(`Сервер остановлен по SIGTERM за ${Math.round(performance.now() - started)} мс: ${exitText(code, signal)}`);
}

const exitText = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `завершен сигналом ${signal}` : code === 0 ? 'код выхода 0' : `код выхода ${code} (запросы не завершились или ошибка остановки)`;
