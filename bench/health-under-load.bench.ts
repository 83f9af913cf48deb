/**
 * Responsiveness under heavy work (issue #12, defect 4): while the real server
 * parses a heavy import (a ~2.4 MB DOCX whose document.xml expands to ~120 MB, built
 * here), streams GET /api/admin/backup and answers full-text searches, /api/health is
 * polled every 20 ms. Prints p50/p99/max health latency and the ratio of p99 to the
 * 100 ms target, for PGlite and PostgreSQL.
 *
 * The server is the `planik serve` of BENCH_APP_ROOT (default: this checkout).
 * BENCH_DB=pglite|postgres runs one only; BENCH_XML_MB sets the document.xml size (default 120).
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * for the PostgreSQL run; a throw-away database is created and dropped.
 * Run: npx tsx bench/health-under-load.bench.ts   (or npm run bench health)
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminSql, adminUrl, root, start, stop } from './support/server-process.js';
import { heavyDocx } from '../test/fixtures/heavy-docx.fixture.js';

const XML_MB = Number(process.env.BENCH_XML_MB ?? 120);
const TARGET_MS = 100;
const databases = (process.env.BENCH_DB ?? 'pglite,postgres').split(',');

async function login(base: string, user: string) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: user, password: 'demo' }),
  });
  if (!r.ok) throw new Error(`login ${user} failed: ${r.status}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Some bulk so the backup has real work: a 1,000-item plan imported three times. */
async function addBulk(base: string, cookie: string) {
  const rows = ['План работы избирательной комиссии на 2026 год', '№\tНаименование мероприятия\tСрок исполнения\tИсполнители\tОжидаемый результат'];
  for (let i = 1; i <= 1000; i++)
    rows.push(
      `${i}.\tПроведение семинара для членов участковых избирательных комиссий № ${i}: порядок работы в день голосования\t${['январь', 'ежемесячно', 'в течение года', 'до 1 марта'][i % 4]}\tИККО, ТИК\tПодготовлено ${i} членов комиссий`,
    );
  for (let copy = 0; copy < 3; copy++) {
    const form = new FormData();
    form.append('file', new Blob([rows.join('\n')], { type: 'text/plain' }), 'plan.txt');
    const imported = await fetch(`${base}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
    const { id } = (await imported.json()) as { id: string };
    await fetch(`${base}/api/imports/${id}/confirm`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

async function runOn(kind: string, docx: Uint8Array) {
  const env: Record<string, string> = {};
  const dataDir = await mkdtemp(join(tmpdir(), 'planik-bench-health-'));
  env.DATA_DIR = dataDir;
  let dbName: string | null = null;
  if (kind === 'postgres') {
    dbName = `planik_bench_${randomBytes(5).toString('hex')}`;
    await adminSql(`create database ${dbName}`);
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
  }
  const { child, base } = await start(env);
  try {
    const planner = await login(base, 'kuzbass');
    const admin = await login(base, 'admin');
    await addBulk(base, planner);

    const latencies: number[] = [];
    let running = true;
    const poll = (async () => {
      while (running) {
        const asked = performance.now();
        const r = await fetch(`${base}/api/health`);
        await r.arrayBuffer();
        latencies.push(performance.now() - asked);
        await new Promise((res) => setTimeout(res, 20));
      }
    })();
    const timed = async <T>(work: () => Promise<T>) => {
      const t0 = performance.now();
      const value = await work();
      return { value, ms: performance.now() - t0 };
    };
    const importRun = timed(async () => {
      const form = new FormData();
      form.append('file', new Blob([docx as Uint8Array<ArrayBuffer>]), 'heavy.docx');
      const r = await fetch(`${base}/api/imports`, { method: 'POST', headers: { cookie: planner }, body: form });
      await r.arrayBuffer();
      return r.status;
    });
    const backupRun = timed(async () => {
      const r = await fetch(`${base}/api/admin/backup`, { headers: { cookie: admin } });
      const bytes = (await r.arrayBuffer()).byteLength;
      return `${r.status}, ${(bytes / 1024 / 1024).toFixed(1)} МБ`;
    });
    const searchRun = timed(async () => {
      const statuses: number[] = [];
      for (const q of ['семинар', 'избирательных комиссий', 'отчет', 'день голосования', 'обучение', 'молодого избирателя', 'ТИК', 'порядок работы']) {
        const r = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`, { headers: { cookie: planner } });
        await r.arrayBuffer();
        statuses.push(r.status);
      }
      return statuses.join(',');
    });
    const [imp, backup, search] = await Promise.all([importRun, backupRun, searchRun]);
    running = false;
    await poll;
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = percentile(sorted, 99);
    console.log(
      `${kind}: импорт ${(docx.length / 1024 / 1024).toFixed(1)} МБ DOCX (${XML_MB} МБ XML) → ${imp.value} за ${(imp.ms / 1000).toFixed(1)} с; резервная копия ${backup.value} за ${(backup.ms / 1000).toFixed(1)} с; 8 поисков (${search.value}) за ${(search.ms / 1000).toFixed(1)} с`,
    );
    console.log(
      `${kind}: /api/health ${latencies.length} ответов: p50 ${percentile(sorted, 50).toFixed(0)} мс, p99 ${p99.toFixed(0)} мс, макс ${sorted[sorted.length - 1]!.toFixed(0)} мс; p99/${TARGET_MS} мс = ${(p99 / TARGET_MS).toFixed(2)} ${p99 <= TARGET_MS ? '✓' : '✗'}`,
    );
    return p99 <= TARGET_MS;
  } finally {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
    if (dbName) await adminSql(`drop database if exists ${dbName} with (force)`);
  }
}

async function main() {
  const t0 = performance.now();
  const docx = await heavyDocx(XML_MB);
  console.log(
    `Код сервера: ${root}; DOCX ${(docx.length / 1024 / 1024).toFixed(1)} МБ (document.xml ≈ ${XML_MB} МБ) собран за ${((performance.now() - t0) / 1000).toFixed(1)} с`,
  );
  let ok = true;
  for (const kind of databases) ok = (await runOn(kind, docx)) && ok;
  if (!ok) process.exitCode = 1;
}

await main();
