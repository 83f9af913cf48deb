import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process.js';

export const HAPROXY = '/usr/sbin/haproxy';

export function haproxyAvailable(): boolean {
  return spawnSync(HAPROXY, ['-v'], { encoding: 'utf8' }).status === 0;
}

export interface Proxy {
  port: number;
  url: (path: string) => string;
  stop: () => Promise<void>;
  output: () => string;
}

/**
 * HAProxy from Debian in front of app instances, configured as docs/deployment.md
 * describes: round robin, health checks on /api/health, a failed connection
 * retried on the other instance (a request that reached an instance is never
 * replayed: it may have been committed), and the serving instance named in a
 * response header so a test can see both take turns.
 */
export async function startHaproxy(backends: { name: string; port: number }[]): Promise<Proxy> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'planik-haproxy-'));
  const config = [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  retries 3',
    '  option redispatch',
    'listen planik',
    `  bind 127.0.0.1:${port}`,
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect status 200',
    '  default-server inter 300ms fall 2 rise 1',
    '  http-response set-header X-Planik-Instance %s',
    ...backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check`),
    '',
  ].join('\n');
  const file = join(dir, 'haproxy.cfg');
  await writeFile(file, config);
  let output = '';
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proxy: Proxy = {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`haproxy exited:\n${output}`);
    try {
      if ((await fetch(proxy.url('/api/health'))).ok) return proxy;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await proxy.stop();
  throw new Error(`haproxy did not pass requests through:\n${output}`);
}
