/**
 * Consolidation at the scale of a region (issue #17): a regional commission with 40 ТИКs,
 * a 60-item regional plan sent down to all of them (cascade: 40 plans × 60 items), each
 * ТИК's plan approved and submitted, then the consolidated plan built from the regional
 * plan and the 40 submitted plans (2,460 items with their sources), and the regional
 * dashboard over the 41 plans with a report on every ТИК's first item. Each step is
 * timed through the services (no HTTP) and printed with its ratio to the 1 s target.
 *
 * Needs PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a throw-away database is created and dropped.
 * Run: npx tsx bench/consolidation.bench.ts   (or npm run bench consolidation)
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { openPostgres } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { organizations, plans, users } from '../src/server/db/schema/index.js';
import { parseEnv } from '../src/server/env.js';
import { toSessionUser } from '../src/server/services/auth.service.js';
import { createServices } from '../src/server/services/index.js';
import { adminSql, adminUrl } from './support/server-process.js';
import type { Role } from '../src/domain/auth/roles.js';

const BODIES = Number(process.env.BENCH_BODIES ?? 40);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 60);
const TARGET_MS = 1000;

const dbName = `planik_bench_consol_${randomBytes(4).toString('hex')}`;
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms  ×${(ms / TARGET_MS).toFixed(2)} of the 1 s target${ms > TARGET_MS ? '  (over)' : ''}`);
  return result;
}

await adminSql(`create database ${dbName}`);
const database = await openPostgres(url.toString());
try {
  await runMigrations(database);
  const db = database.db;
  const services = createServices(db, parseEnv({ LOG_LEVEL: 'silent', DATA_DIR: '/tmp/planik-bench-consol' }));
  const [region] = await db.insert(organizations).values({ kind: 'regional', name: 'Избирательная комиссия области', shortName: 'ИКО' }).returning();
  await db.insert(organizations).values(
    Array.from({ length: BODIES }, (_, i) => ({
      kind: 'territorial' as const,
      name: `Территориальная избирательная комиссия района № ${i + 1}`,
      shortName: `ТИК № ${i + 1}`,
      parentId: region!.id,
    })),
  );
  const mkUser = async (login: string, organizationId: string, roles: Role[]) =>
    toSessionUser((await db.insert(users).values({ login, passwordHash: 'x', displayName: login, organizationId, roles }).returning())[0]!);
  const regionCtx = { user: await mkUser('region', region!.id, ['planner', 'controller']), ip: null };
  const admin = { user: await mkUser('admin', region!.id, ['sysadmin']), ip: null };

  // The regional plan: 6 sections of 10 items for «ТИК» (monthly, quarterly, dated and whole-year deadlines).
  const plan = await services.plans.create(regionCtx, {
    kind: 'work_plan',
    title: 'План работы на 2026 год',
    period: { start: '2026-01-01', end: '2026-12-31' },
  } as never);
  const deadlines = ['Март', 'ежеквартально', 'до 1 июля', 'В течение года', 'Октябрь', 'ежемесячно'];
  for (let s = 0; s < ITEMS / 10; s++) {
    const section = await services.items.create(regionCtx, plan.id, { kind: 'section', title: `Раздел ${s + 1}` });
    for (let i = 0; i < 10; i++) {
      await services.items.create(regionCtx, plan.id, {
        parentId: section.id,
        title: `Мероприятие ${s + 1}.${i + 1} для территориальных избирательных комиссий`,
        deadlineText: deadlines[(s + i) % deadlines.length]!,
        executors: [{ text: 'ТИК' }],
      });
    }
  }
  console.log(`Consolidation benchmark — PostgreSQL, 1 region, ${BODIES} ТИК, ${ITEMS}-item regional plan, Node ${process.version}`);

  const cascade = await timed(`cascade: ${ITEMS} items to ${BODIES} ТИК plans (${ITEMS * BODIES} items)`, () =>
    services.cascade.cascade(regionCtx, plan.id, { executorClass: 'territorial', dueDate: '2026-02-01' }),
  );
  if (cascade.added !== ITEMS * BODIES) throw new Error(`cascade added ${cascade.added}`);
  await timed('cascade again (nothing new: idempotent)', () => services.cascade.cascade(regionCtx, plan.id, { executorClass: 'territorial' }));

  const act = { kind: 'решение' as const, authority: 'ТИК', date: '2026-01-25', number: '1/1' };
  await services.lifecycle.approve(admin, plan.id, { ...act, kind: 'постановление', authority: 'ИКО' });
  const tikPlans = await db.select().from(plans).where(eq(plans.kind, 'work_plan'));
  let submitted = 0;
  for (const p of tikPlans) {
    if (p.id === plan.id) continue;
    await services.lifecycle.approve(admin, p.id, act);
    // Three of four submit; the rest are late.
    if (submitted++ % 4 !== 3) await services.cascade.submit(admin, p.id);
  }
  // A report on every ТИК's first cascaded item (rolled up into the regional plan).
  const first = await db.execute<{ id: string; organization_id: string }>(
    `select distinct on (o.organization_id) o.id, o.organization_id from occurrences o join plans p on p.id = o.plan_id where p.id <> '${plan.id}' and p.kind = 'work_plan' order by o.organization_id, o.window_end nulls last` as never,
  );
  const rows = (first as unknown as { rows: { id: string; organization_id: string }[] }).rows;
  let reported = 0;
  for (const r of rows) {
    const executor = { user: await mkUser(`tik-${reported}`, r.organization_id, ['executor']), ip: null };
    await services.execution.submitReport(executor, r.id, { status: 'done', text: 'Исполнено', metrics: {}, links: [], fileIds: [] } as never);
    reported++;
  }

  const sources = [{ planId: plan.id }, ...tikPlans.filter((p) => p.id !== plan.id).map((p) => ({ planId: p.id }))];
  const submittedSources: { planId: string }[] = [];
  for (const s of sources) {
    const [row] = await db.select({ submittedAt: plans.submittedAt, organizationId: plans.organizationId }).from(plans).where(eq(plans.id, s.planId));
    if (row!.organizationId === region!.id || row!.submittedAt) submittedSources.push(s);
  }
  const built = await timed(`consolidation: regional plan + ${submittedSources.length - 1} submitted ТИК plans`, () =>
    services.consolidation.build(regionCtx, { organizationId: region!.id, period: { start: '2026-01-01', end: '2026-12-31' }, sources: submittedSources }),
  );
  await timed(`consolidation refresh (${built.added} items: nothing new)`, () =>
    services.consolidation.build(regionCtx, { organizationId: region!.id, period: { start: '2026-01-01', end: '2026-12-31' }, sources: submittedSources }),
  );
  await timed(`updates waiting in the consolidated plan (${built.added} links)`, () => services.consolidation.updates(regionCtx, built.id));
  const dashboard = await timed(`regional dashboard: ${BODIES} ТИК, ${tikPlans.length} plans`, () =>
    services.regionalDashboard.dashboard(regionCtx, region!.id, 2026),
  );
  const doneRegional = dashboard.bodies.reduce((a, b) => a + b.regionalItems.done + b.regionalItems.pendingReview, 0);
  console.log(
    `  dashboard: ${dashboard.totals.submitted} submitted, ${dashboard.totals.late} late; ${doneRegional} regional occurrences reported through the ТИК plans`,
  );
  await timed('regional plan progress (with the rollup)', () => services.execution.progress(regionCtx, plan.id));
} finally {
  await database.close();
  await adminSql(`drop database if exists ${dbName}`);
}
