/**
 * Web app benchmark (plain script: `npx tsx bench/web.bench.ts`, or `npm run bench web`).
 * In Debian's headless Chromium against the real server:
 *  1. time from navigation start to a rendered 1,000-item plan (target < 1.5 s);
 *  2. gzipped size of the JavaScript the first page loads (target < 350 KB).
 * The plan is created through the API (a JSON plan through the import endpoints).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.js';
import { apiSession, root, startServer } from '../e2e/support/server.js';
import type { DraftItem, PlanDraft } from '../src/shared/plan-format.js';

const TARGET_RENDER_MS = 1500;
const TARGET_JS_KB = 350;
const ITEMS = 1000;
const RUNS = 5;

const deadlines = [
  'Январь',
  'Февраль, март',
  'До 1 апреля',
  'В течение года',
  'Ежеквартально',
  'Сентябрь-декабрь',
  'По мере необходимости',
  'не позднее 15 июня',
];
const executors = ['ИККО', 'ТИК', 'ИКМО', 'Герасимова М.Н.', 'Информационный центр'];

/** 10 sections × 10 subsections × 9 items + headings = 1,000 rows, texts as long as real ones. */
function syntheticPlan(): PlanDraft {
  let n = 0;
  const item = (title: string, children: DraftItem[] = [], kind: 'section' | 'item' = 'item'): DraftItem => {
    n++;
    return {
      number: null,
      title,
      kind,
      deadline: kind === 'section' ? null : { text: deadlines[n % deadlines.length]!, kind: 'unknown', windows: [] },
      executors:
        kind === 'section'
          ? []
          : [
              { text: executors[n % executors.length]!, kind: 'organization' },
              { text: executors[(n + 2) % executors.length]!, kind: 'organization' },
            ],
      fields: kind === 'section' ? {} : { result: `Отчет о проведении мероприятия № ${n}` },
      children,
    };
  };
  const sections: DraftItem[] = [];
  for (let s = 1; s <= 10; s++) {
    const subs: DraftItem[] = [];
    for (let u = 1; u <= 10; u++) {
      const leaves: DraftItem[] = [];
      for (let i = 1; i <= 8; i++)
        leaves.push(
          item(
            `Организация и проведение обучающего мероприятия для членов участковых избирательных комиссий по теме ${s}.${u}.${i} с применением дистанционных технологий`,
          ),
        );
      subs.push(item(`Подраздел ${s}.${u}. Обучение организаторов выборов и иных участников избирательного процесса`, leaves, 'section'));
    }
    sections.push(item(`Раздел ${s}. Повышение правовой культуры избирателей`, subs, 'section'));
  }
  // Top up to exactly ITEMS rows.
  while (n < ITEMS) sections[sections.length - 1]!.children.push(item(`Дополнительное мероприятие ${n}`));
  return {
    title: 'Синтетический план на 1000 пунктов (бенчмарк)',
    kind: 'work_plan',
    period: { start: '2025-01-01', end: '2025-12-31' },
    approval: null,
    abbreviations: [{ short: 'ИККО', full: 'Избирательная комиссия Калужской области' }],
    description: null,
    items: sections,
    warnings: [],
    columns: [
      { key: 'number', title: '№ п/п', role: 'number' },
      { key: 'title', title: 'Наименование мероприятия', role: 'title' },
      { key: 'deadline', title: 'Срок исполнения', role: 'deadline' },
      { key: 'executors', title: 'Исполнители', role: 'executors' },
      { key: 'result', title: 'Ожидаемый результат', role: 'result' },
    ],
  };
}

async function createPlan(url: string, cookie: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([JSON.stringify(syntheticPlan())], { type: 'application/json' }), 'bench-plan.json');
  const created = await fetch(`${url}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  if (created.status !== 201) throw new Error(`POST /api/imports: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const confirmed = await fetch(`${url}/api/imports/${id}/confirm`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
  if (confirmed.status !== 201) throw new Error(`confirm: ${confirmed.status} ${await confirmed.text()}`);
  const body = (await confirmed.json()) as { plan: { id: string }; itemCount: number };
  if (body.itemCount !== ITEMS) throw new Error(`expected ${ITEMS} items, got ${body.itemCount}`);
  return body.plan.id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (value: number, target: number) => `${(value / target).toFixed(2)}× of target (${value <= target ? 'met' : 'NOT met'})`;

const server = await startServer({ LOG_LEVEL: 'error' });
const browser = await launchBrowser();
try {
  const session = await apiSession(server.url, 'kaluga');
  const planId = await createPlan(server.url, session.cookie);
  const [name, value] = session.cookie.split('=') as [string, string];
  await browser.context.addCookies([{ name, value, url: server.url }]);
  const page = browser.page;

  // 1. First page: the plans list a signed-in planner lands on, with an empty cache.
  const scripts = new Map<string, number>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.url().startsWith(server.url)) {
      const path = new URL(r.url()).pathname;
      scripts.set(path, gzipSync(readFileSync(join(root, 'dist', 'web', path))).length);
    }
  });
  await page.goto(`${server.url}/plans`);
  await page.getByTestId('plans-table').waitFor();
  await page.waitForLoadState('networkidle');
  const firstPageKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
  page.removeAllListeners('response');

  // 2. Navigation start → the plan's table has its rows on screen (performance.now() counts from navigation start).
  const times: number[] = [];
  const cpu: { task: number; script: number; layout: number; style: number }[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
  };
  for (let run = 0; run < RUNS; run++) {
    await page.goto('about:blank');
    const m0 = await metric();
    await page.goto(`${server.url}/plans/${planId}`, { waitUntil: 'commit' });
    await page.locator('tr[data-number="1.1.1"]').waitFor({ timeout: 30_000 });
    const ms = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    const m1 = await metric();
    times.push(ms);
    cpu.push({ task: m1.task - m0.task, script: m1.script - m0.script, layout: m1.layout - m0.layout, style: m1.style - m0.style });
    if (process.env.BENCH_VERBOSE) {
      const entries = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map(
            (e) =>
              `${(e as PerformanceResourceTiming).name.replace(location.origin, '')} ${Math.round(e.startTime)}→${Math.round((e as PerformanceResourceTiming).responseEnd)}`,
          ),
      );
      console.log(`run ${run}: ${Math.round(ms)} ms\n  ${entries.join('\n  ')}`);
    }
  }
  const rendered = await page.locator('tbody tr[data-number]').count();
  const apiTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await (await fetch(`${server.url}/api/plans/${planId}`, { headers: { cookie: session.cookie } })).arrayBuffer();
    apiTimes.push(performance.now() - t0);
  }
  const payload = (await (await fetch(`${server.url}/api/plans/${planId}`, { headers: { cookie: session.cookie } })).arrayBuffer()).byteLength;
  const load = (await import('node:os')).loadavg()[0]!;
  const total = await page.getByText(/Показано пунктов: \d+ из \d+/).textContent();

  console.log(`Web app benchmark — headless Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), Node ${process.version}`);
  console.log(`Plan: ${ITEMS} items; ${total}; rows in the DOM (virtualised): ${rendered}`);
  console.log(`Render, navigation start → rows on screen: ${times.map((t) => Math.round(t)).join(', ')} ms`);
  console.log(`  first (cold cache): ${Math.round(times[0]!)} ms = ${ratio(times[0]!, TARGET_RENDER_MS)}`);
  console.log(`  median of ${RUNS}:       ${Math.round(median(times))} ms = ${ratio(median(times), TARGET_RENDER_MS)}`);
  const c = cpu.map((x) => x.task);
  console.log(
    `  page main-thread busy time (median): ${Math.round(median(c))} ms — script ${Math.round(median(cpu.map((x) => x.script)))}, style ${Math.round(median(cpu.map((x) => x.style)))}, layout ${Math.round(median(cpu.map((x) => x.layout)))}`,
  );
  console.log(`  GET /api/plans/:id alone: median ${Math.round(median(apiTimes))} ms, ${(payload / 1024).toFixed(0)} KB of JSON`);
  console.log(`  machine load average (1 min) during the run: ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores — figures scale with it`);
  console.log(`First page JS (plans list), gzipped: ${firstPageKb.toFixed(1)} KB in ${scripts.size} files = ${ratio(firstPageKb, TARGET_JS_KB)}`);
  for (const [path, size] of [...scripts].sort((a, b) => b[1] - a[1])) console.log(`  ${path.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  if (times[0]! > TARGET_RENDER_MS || firstPageKb > TARGET_JS_KB) process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
