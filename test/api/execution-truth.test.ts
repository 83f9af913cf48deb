import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, plans } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ControlledPlan, ExecutionReport, ItemNode, Occurrence, Overdue, PlanSummary, Progress } from '../support/api-types.js';

/**
 * Issue #18: what execution control shows must be true — a report waiting for
 * review is not «исполнено», overdue is grouped by item, the control list holds
 * only the plans the user controls with their counts, external participants are
 * not overdue non-reporters, the draft decision is grammatical, progress is small.
 */
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let kuzbass: Client;
let observer: Client;
const seedPlans = new Map<string, string>();
let kalugaPlanId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
  kuzbass = client(t, await t.login('kuzbass'));
  observer = client(t, await t.login('observer'));
  for (const row of await t.database.db.select({ id: plans.id, source: plans.source }).from(plans)) {
    const file = (row.source as { fileName?: string } | null)?.fileName;
    if (file) seedPlans.set(file, row.id);
  }
  kalugaPlanId = seedPlans.get('kaluga-program-and-plan-2022.txt')!;
}, 120_000);
afterAll(() => t.close());

/** The Kaluga ТИК's own first-half occurrence of item 2.1.4 («Тестирование членов ТИК, УИК», executor «ТИК»). */
async function tikOccurrence() {
  const r = await tik.get('/api/me/occurrences?state=all');
  return (r.body.occurrences as Occurrence[]).find((o) => o.planId === kalugaPlanId && o.itemNumber === '2.1.4' && o.windowEnd === '2022-06-30');
}
const progress = async (c: Client = kaluga, id = kalugaPlanId) => (await c.get(`/api/plans/${id}/progress`)).body;

describe('a report waiting for review is not «исполнено»', () => {
  it('submitted → «на проверке»; accepted → «исполнено»; the execution report agrees', async () => {
    const before = await progress();
    const occ = (await tikOccurrence())!;
    const sent = await tik.post(`/api/occurrences/${occ.id}/reports`, { status: 'done', text: 'Проведено тестирование 42 членов УИК' });
    expect(sent.status).toBe(201);

    const waiting = await progress();
    expect(waiting.totals.done).toBe(before.totals.done);
    expect(waiting.totals.submitted).toBe(before.totals.submitted + 1);
    expect(waiting.totals.overdue).toBe(before.totals.overdue - 1);
    expect(waiting.totals.pendingReview).toBe(before.totals.pendingReview + 1);
    expect(waiting.executedShare).toBe(before.executedShare);
    expect(waiting.pendingReview.map((p: Progress['pendingReview'][number]) => p.id)).toContain(occ.id);
    const drill = (await kaluga.get(`/api/plans/${kalugaPlanId}/occurrences?outcome=submitted`)).body.occurrences;
    expect(drill.map((o: Occurrence) => o.id)).toEqual([occ.id]);
    const report = (await kaluga.get(`/api/plans/${kalugaPlanId}/execution-report?from=2022-01-01&to=2022-06-30&format=json`)).body;
    expect(report.totals.done).toBe(0);
    expect(report.totals.submitted).toBe(1);
    expect(report.narrative[0]).toContain('Исполнено в полном объеме — 0 (0 %)');

    expect((await kaluga.post(`/api/reports/${sent.body.id}/review`, { decision: 'accept' })).status).toBe(200);
    const accepted = await progress();
    expect(accepted.totals.done).toBe(before.totals.done + 1);
    expect(accepted.totals.submitted).toBe(before.totals.submitted);
    expect(accepted.executedShare).toBeGreaterThan(0);
  });
});

describe('«Просрочено» grouped by item', () => {
  it('one row per item, its executors inside: who has not reported and who has', async () => {
    const p = await progress();
    const r = await kaluga.get(`/api/plans/${kalugaPlanId}/overdue`);
    expect(r.status).toBe(200);
    const { items, executors, occurrences } = r.body;
    expect(occurrences).toBe(p.totals.overdue);
    expect(items.length).toBe(p.overdueItems);
    expect(new Set(items.map((i: Overdue['items'][number]) => i.itemId)).size).toBe(items.length);
    expect(items.reduce((a: number, i: Overdue['items'][number]) => a + i.overdue, 0)).toBe(p.totals.overdue);
    const testing = items.find((i: Overdue['items'][number]) => i.itemNumber === '2.1.4');
    const names = (list: Overdue['items'][number]['missing']) => list.map((x) => executors[x.executor].label);
    // Both half-years have passed: the Babynino ТИК reported on the first (above), not on the second.
    expect(names(testing.missing)).toEqual(['ТИК Бабынинского района', 'ТИК Боровского района', 'ТИК г. Обнинска']);
    expect(testing.missing.map((m: Overdue['items'][number]['missing'][number]) => [m.overdue, m.reported, m.since])).toEqual([
      [1, 1, '2022-12-31'],
      [2, 0, '2022-06-30'],
      [2, 0, '2022-06-30'],
    ]);
    expect(testing.reported).toEqual([]);
    expect(testing.overdue).toBe(5);
    // The occurrence behind a name opens through the drill-down of the item and executor.
    const key = executors[testing.missing[1].executor].key;
    const drill = (await kaluga.get(`/api/plans/${kalugaPlanId}/occurrences?item=${testing.itemId}&executor=${encodeURIComponent(key)}&outcome=overdue`)).body
      .occurrences;
    expect(drill.map((o: Occurrence) => o.id)).toEqual(expect.arrayContaining([testing.missing[1].occurrenceId]));
    expect(drill).toHaveLength(2);
  });

  it('for owners and controllers only', async () => {
    expect((await tik.get(`/api/plans/${kalugaPlanId}/overdue`)).status).toBe(403);
    expect((await kuzbass.get(`/api/plans/${kalugaPlanId}/overdue`)).status).toBe(404);
  });
});

describe('«Контроль исполнения» lists the plans the user controls, with what needs attention', () => {
  it('the Kaluga planner: its plan with overdue and waiting counts; not the published Kyrgyz plan it can read', async () => {
    const readable = (await kaluga.get('/api/plans?limit=500')).body.plans.map((p: PlanSummary) => p.id);
    const kyrgyz = seedPlans.get('kyrgyz-cec-anticorruption-plan-2023-2025.txt')!;
    expect(readable).toContain(kyrgyz);
    expect((await kaluga.get(`/api/plans/${kyrgyz}/progress`)).status).toBe(403);

    const r = await kaluga.get('/api/execution/plans');
    expect(r.status).toBe(200);
    const ids = r.body.plans.map((p: ControlledPlan) => p.id);
    expect(ids).not.toContain(kyrgyz);
    expect(ids).toContain(kalugaPlanId);
    for (const id of ids) expect((await kaluga.get(`/api/plans/${id}/progress`)).status).toBe(200);
    const row = r.body.plans.find((p: ControlledPlan) => p.id === kalugaPlanId);
    const p = await progress();
    const overdue = (await kaluga.get(`/api/plans/${kalugaPlanId}/overdue`)).body;
    expect(row).toMatchObject({ overdue: p.totals.overdue, overdueItems: overdue.items.length, pendingReview: p.totals.pendingReview, done: p.totals.done });
  });

  it('an executor controls nothing; the observer watches the plans below; the administrator all plans in force', async () => {
    expect((await tik.get('/api/execution/plans')).body.plans).toEqual([]);
    const watched = (await observer.get('/api/execution/plans')).body.plans;
    for (const p of watched) expect((await observer.get(`/api/plans/${p.id}/progress`)).status).toBe(200);
    const body = (await admin.get('/api/execution/plans')).body;
    const all = body.plans;
    expect(all.every((p: ControlledPlan) => p.status !== 'draft')).toBe(true);
    expect(all.length).toBe([...seedPlans.values()].length - 1); // the observation HQ plan is a draft
    // `total` counts the plans in force, not the drafts the administrator also controls.
    expect(body.total).toBe(all.length);
    expect((await tik.get('/api/execution/plans')).body.total).toBe(0);
  });
});

describe('external participants', () => {
  const trainingPlan = () => seedPlans.get('kuzbass-training-plan-2022.txt')!;
  const cec = (p: Progress) => p.byExecutor.find((g: Progress['byExecutor'][number]) => g.label === 'ЦИК России')!;

  it('the controller marks ЦИК России external: its occurrences are no longer overdue; audited; taken back', async () => {
    const before = await progress(kuzbass, trainingPlan());
    const cecBefore = cec(before);
    expect(cecBefore.tally.overdue).toBeGreaterThan(0);
    expect(cecBefore.external).toBe(false);

    const r = await kuzbass.put(`/api/plans/${trainingPlan()}/external-executors`, { executorKey: cecBefore.key, external: true });
    expect(r.status).toBe(200);
    const after = await progress(kuzbass, trainingPlan());
    expect(cec(after).external).toBe(true);
    expect(cec(after).tally.overdue).toBe(0);
    expect(cec(after).tally.external).toBe(cecBefore.tally.overdue);
    expect(after.totals.overdue).toBe(before.totals.overdue - cecBefore.tally.overdue);
    const overdue = (await kuzbass.get(`/api/plans/${trainingPlan()}/overdue`)).body;
    expect(
      overdue.executors.some(
        (x: Overdue['executors'][number]) =>
          x.label === 'ЦИК России' &&
          overdue.items.some((i: Overdue['items'][number]) =>
            i.missing.some((m: Overdue['items'][number]['missing'][number]) => overdue.executors[m.executor] === x),
          ),
      ),
    ).toBe(false);
    const report = (await kuzbass.get(`/api/plans/${trainingPlan()}/execution-report?from=2022-01-01&to=2022-12-31&format=json`)).body;
    expect(report.overdue.some((o: ExecutionReport['overdue'][number]) => o.executorLabel === 'ЦИК России')).toBe(false);
    expect(report.totals.external).toBe(cecBefore.tally.overdue);

    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.planId, trainingPlan()), eq(auditEvents.action, 'plan.executor.external')));
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ executorLabel: 'ЦИК России', external: true });

    expect((await kuzbass.put(`/api/plans/${trainingPlan()}/external-executors`, { executorKey: cecBefore.key, external: false })).status).toBe(200);
    expect(cec(await progress(kuzbass, trainingPlan())).tally.overdue).toBe(cecBefore.tally.overdue);
  });

  it('permission-checked and validated; nothing changes on refusal', async () => {
    const key = cec(await progress(kuzbass, trainingPlan())).key;
    expect((await kaluga.put(`/api/plans/${trainingPlan()}/external-executors`, { executorKey: key, external: true })).status).toBe(404);
    const kuzbassTik = client(t, await t.login('kuzbass-tik'));
    expect((await kuzbassTik.put(`/api/plans/${trainingPlan()}/external-executors`, { executorKey: key, external: true })).status).toBe(403);
    expect((await observer.put(`/api/plans/${trainingPlan()}/external-executors`, { executorKey: key, external: true })).status).toBe(403);
    const unknown = await kuzbass.put(`/api/plans/${trainingPlan()}/external-executors`, { executorKey: 'text:нет такого', external: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.field).toBe('executorKey');
    const bad = await kuzbass.put(`/api/plans/${trainingPlan()}/external-executors`, { executorKey: key });
    expect(bad.status).toBe(400);
    expect(cec(await progress(kuzbass, trainingPlan())).external).toBe(false);
  });
});

describe('the draft decision of the execution report', () => {
  it('«Информацию об исполнении плана «…» за I полугодие 2022 года принять к сведению»', async () => {
    const id = trainingPlanId();
    const plan = (await kuzbass.get(`/api/plans/${id}`)).body;
    const report = (await kuzbass.get(`/api/plans/${id}/execution-report?from=2022-01-01&to=2022-06-30&format=json`)).body;
    expect(report.resolution[0]).toBe(
      `1. Информацию об исполнении плана «${plan.title.replace(/«/g, '„').replace(/»/g, '“')}» за I полугодие 2022 года принять к сведению (прилагается).`,
    );
  });
});
const trainingPlanId = () => seedPlans.get('kuzbass-training-plan-2022.txt')!;

describe('progress stays small', () => {
  it('/api/plans/:id/progress of the 128-item seed plan is under 50 KB', async () => {
    const id = seedPlans.get('kuzbass-work-plan-2024.txt')!;
    const plan = (await admin.get(`/api/plans/${id}`)).body;
    let items = 0;
    const walk = (nodes: ItemNode[]) => nodes.forEach((n) => (items++, walk(n.children)));
    walk(plan.items);
    expect(items).toBe(128);
    const r = await t.app.inject({ method: 'GET', url: `/api/plans/${id}/progress`, headers: { cookie: await t.login('kuzbass') } });
    expect(r.statusCode).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.totals.total).toBeGreaterThan(300);
    expect(r.rawPayload.length).toBeLessThan(50 * 1024);
  });
});
