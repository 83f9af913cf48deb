import { and, eq } from 'drizzle-orm';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, planLinks } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { convertToPdf, MISSING_SOFFICE, pdfText, soffice } from '../support/libreoffice.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Dashboard, ItemNode, ItemSource, LinkedPlan, Occurrence, Organization, PlanSummary, Progress } from '../support/api-types.js';

/**
 * The consolidation path (issue #17): cascade from a Kaluga plan to its ТИКs → a ТИК adds
 * an item, approves and submits → the region builds the consolidated plan → a source
 * changes → the update waits and is accepted → a ТИК's report rolls up to the regional
 * dashboard and the execution report (DOCX rendered through LibreOffice).
 */
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tikExecutor: Client;
let chair: Client;
const org: Record<string, string> = {};
const act = { kind: 'решение', authority: 'Территориальная избирательная комиссия Бабынинского района', date: '2026-01-25', number: '12/3' };

async function signInNew(login: string, organizationId: string, roles: string[]) {
  expect((await admin.post('/api/users', { login, displayName: login, organizationId, roles, password: 'Временный2026' })).status).toBe(201);
  const c = client(t, await t.login(login, 'Временный2026'));
  expect((await c.post('/api/auth/password', { currentPassword: 'Временный2026', newPassword: 'Постоянный2026' })).status).toBeLessThan(300);
  return c;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tikExecutor = client(t, await t.login('kaluga-tik'));
  const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
  for (const o of orgs) org[String(o.shortName)] = o.id;
  // The ТИК's chairman prepares and approves its own plan.
  chair = await signInNew('babynino-chair', org['ТИК Бабынинского района']!, ['planner', 'controller']);
}, 120_000);
afterAll(() => t.close());

/** A Kaluga regional plan for 2026 with two items for «ТИК» and one for the commission itself. */
async function regionalPlan(title = 'План работы Избирательной комиссии Калужской области на 2026 год') {
  const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title, period: { start: '2026-01-01', end: '2026-12-31' } })).body;
  const section = (await kaluga.post(`/api/plans/${plan.id}/items`, { kind: 'section', title: 'Обучение' })).body;
  const seminar = (
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      parentId: section.id,
      title: 'Семинар для членов УИК',
      deadlineText: 'Март',
      executors: [{ text: 'ТИК' }],
    })
  ).body;
  const analysis = (
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      parentId: section.id,
      title: 'Полугодовой анализ выполнения плана',
      deadlineText: 'Июль',
      executors: [
        { text: 'ИККО', organizationId: org['ИККО'] },
        { text: 'ТИК', role: 'co_executor' },
      ],
    })
  ).body;
  const own = (
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      parentId: section.id,
      title: 'Заседание комиссии',
      deadlineText: 'Май',
      executors: [{ text: 'ИККО', organizationId: org['ИККО'] }],
    })
  ).body;
  return { plan, seminar, analysis, own };
}

const flatten = (nodes: ItemNode[]): ItemNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('the consolidation path', () => {
  let region: Awaited<ReturnType<typeof regionalPlan>>;
  let tikPlanId: string;
  let consolidatedId: string;

  it('cascades the items for «ТИК» to every ТИК of the region, each in its own draft plan, linked', async () => {
    region = await regionalPlan();
    const r = await kaluga.post(`/api/plans/${region.plan.id}/cascade`, { executorClass: 'ТИК', dueDate: '2026-12-31' });
    expect(r.status).toBe(200);
    expect(r.body.items).toBe(2); // the seminar and the analysis (a co-executor «ТИК» counts), not the commission's own item
    expect(r.body.plans.map((p: LinkedPlan) => p.organizationName).sort()).toEqual(['ТИК Бабынинского района', 'ТИК Боровского района', 'ТИК г. Обнинска']);
    expect(r.body.added).toBe(6);
    for (const p of r.body.plans) expect(p).toMatchObject({ state: 'draft', late: false, submissionDue: '2026-12-31', linkedItems: 2 });
    tikPlanId = r.body.plans.find((p: LinkedPlan) => p.organizationName === 'ТИК Бабынинского района').id;
    const tikPlan = (await chair.get(`/api/plans/${tikPlanId}`)).body;
    expect(tikPlan.status).toBe('draft');
    expect(tikPlan.title).toBe('План работы Территориальной избирательной комиссии Бабынинского района на 2026 год');
    const items = flatten(tikPlan.items);
    expect(items.map((i) => [i.number, i.title, i.deadlineText])).toEqual([
      ['1', 'Семинар для членов УИК', 'Март'],
      ['2', 'Полугодовой анализ выполнения плана', 'Июль'],
    ]);
    // The deadline is counted for the ТИК's plan, and the ТИК itself answers for the item.
    expect(items[0]!.deadline!.windows[0]).toMatchObject({ start: '2026-03-01', end: '2026-03-31' });
    expect(items[0]!.executors).toEqual([expect.objectContaining({ organizationId: org['ТИК Бабынинского района'], kind: 'organization' })]);
    const sources = (await chair.get(`/api/plans/${tikPlanId}/sources`)).body.items;
    expect(sources.find((s: ItemSource) => s.itemId === items[0]!.id).source).toMatchObject({
      planId: region.plan.id,
      itemId: region.seminar.id,
      number: '1.1',
      organizationId: org['ИККО'],
      kind: 'cascaded',
    });
    // The regional planner's journal and the ТИК's both record it.
    const actions = await t.database.db.select({ planId: auditEvents.planId }).from(auditEvents).where(eq(auditEvents.action, 'plan.cascade'));
    expect(actions.map((a) => a.planId)).toEqual(expect.arrayContaining([region.plan.id, tikPlanId]));
  });

  it('cascading again adds nothing twice; a new item is added to the same plans', async () => {
    const again = await kaluga.post(`/api/plans/${region.plan.id}/cascade`, { executorClass: 'ТИК' });
    expect(again.body.added).toBe(0);
    expect(again.body.plans).toHaveLength(3);
    const extra = (
      await kaluga.post(`/api/plans/${region.plan.id}/items`, { title: 'Отчет о работе ТИК', deadlineText: 'Декабрь', executors: [{ text: 'ТИК' }] })
    ).body;
    const r = await kaluga.post(`/api/plans/${region.plan.id}/cascade`, { executorClass: 'ТИК', items: [extra.id] });
    expect(r.body).toMatchObject({ items: 1, added: 3 });
    expect(flatten((await chair.get(`/api/plans/${tikPlanId}`)).body.items).map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('bad input changes nothing: an item of another plan, a class without bodies, no items for the class', async () => {
    const other = await regionalPlan('Другой план');
    const before = (await t.database.db.select().from(planLinks).where(eq(planLinks.sourcePlanId, other.plan.id))).length;
    expect((await kaluga.post(`/api/plans/${other.plan.id}/cascade`, { executorClass: 'ТИК', items: [region.seminar.id] })).status).toBe(404);
    const none = await kaluga.post(`/api/plans/${other.plan.id}/cascade`, { executorClass: 'УИК' });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/УИК/);
    expect((await kaluga.post(`/api/plans/${other.plan.id}/cascade`, { executorClass: 'ЦИК' })).status).toBe(400);
    expect((await t.database.db.select().from(planLinks).where(eq(planLinks.sourcePlanId, other.plan.id))).length).toBe(before);
    await kaluga.del(`/api/plans/${other.plan.id}`);
  });

  it('the ТИК adds its own item, approves its plan by its act and submits it; the region sees who has', async () => {
    expect(
      (
        await chair.post(`/api/plans/${tikPlanId}/items`, {
          title: 'Заседание ТИК',
          deadlineText: 'Апрель',
          executors: [{ text: 'ТИК Бабынинского района', organizationId: org['ТИК Бабынинского района'] }],
        })
      ).status,
    ).toBe(201);
    // Not yet approved: it cannot be submitted.
    const early = await chair.post(`/api/plans/${tikPlanId}/submit`);
    expect(early.status).toBe(409);
    expect((await chair.post(`/api/plans/${tikPlanId}/approve`, { act })).status).toBe(200);
    // The region's planner may read the ТИК's plan but not submit it for the ТИК.
    expect((await kaluga.post(`/api/plans/${tikPlanId}/submit`)).status).toBe(403);
    const submitted = await chair.post(`/api/plans/${tikPlanId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', late: false });
    const linked = (await kaluga.get(`/api/plans/${region.plan.id}/linked`)).body.plans;
    expect(Object.fromEntries(linked.map((p: LinkedPlan) => [p.organizationName, p.state]))).toEqual({
      'ТИК Бабынинского района': 'submitted',
      'ТИК Боровского района': 'draft',
      'ТИК г. Обнинска': 'draft',
    });
    // An earlier due date makes the others late and the submission late too.
    await kaluga.post(`/api/plans/${region.plan.id}/cascade`, { executorClass: 'ТИК', dueDate: '2026-02-01' });
    const late = (await kaluga.get(`/api/plans/${region.plan.id}/linked`)).body.plans;
    expect(late.every((p: LinkedPlan) => p.late)).toBe(true);
    // Nobody sees sideways or into a draft above: the regional plan is not listed to the ТИК while it is a draft.
    expect((await chair.get(`/api/plans/${tikPlanId}/linked`)).body.plans).toEqual([]);
    const journal = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'plan.submit'), eq(auditEvents.planId, tikPlanId)));
    expect(journal).toHaveLength(1);
  });

  it('the region builds the consolidated plan from its own plan and the submitted ТИК plan, each item linked', async () => {
    const borovsk = (await kaluga.get(`/api/plans/${region.plan.id}/linked`)).body.plans.find(
      (p: LinkedPlan) => p.organizationName === 'ТИК Боровского района',
    );
    const refused = await kaluga.post('/api/plans/consolidated', {
      organizationId: org['ИККО'],
      period: { start: '2026-01-01', end: '2026-12-31' },
      sources: [{ planId: borovsk.id }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/не представлен/);
    const r = await kaluga.post('/api/plans/consolidated', {
      organizationId: org['ИККО'],
      period: { start: '2026-01-01', end: '2026-12-31' },
      sources: [{ planId: region.plan.id }, { planId: tikPlanId }],
    });
    expect(r.status).toBe(201);
    consolidatedId = r.body.id;
    const plan = (await kaluga.get(`/api/plans/${consolidatedId}`)).body;
    expect(plan.kind).toBe('consolidated');
    expect(plan.title).toBe('Сводный план мероприятий Избирательной комиссии Калужской области на 2026 год');
    const items = flatten(plan.items);
    const tikSection = plan.items.find((n: ItemNode) => n.title === 'Территориальная избирательная комиссия Бабынинского района');
    expect(tikSection.kind).toBe('section');
    expect(tikSection.children.map((c: ItemNode) => c.title)).toEqual([
      'Семинар для членов УИК',
      'Полугодовой анализ выполнения плана',
      'Отчет о работе ТИК',
      'Заседание ТИК',
    ]);
    // The executors column names the body.
    expect(tikSection.children[3].executors[0]).toMatchObject({ organizationId: org['ТИК Бабынинского района'] });
    const sources = (await kaluga.get(`/api/plans/${consolidatedId}/sources`)).body.items;
    const own = items.find((i) => i.title === 'Заседание комиссии')!;
    expect(sources.find((s: ItemSource) => s.itemId === own.id).source).toMatchObject({
      planId: region.plan.id,
      itemId: region.own.id,
      number: '1.3',
      organizationId: org['ИККО'],
      kind: 'consolidated_from',
    });
    expect(sources.find((s: ItemSource) => s.itemId === tikSection.children[3].id).source).toMatchObject({
      planId: tikPlanId,
      number: '4',
      organizationId: org['ТИК Бабынинского района'],
    });
    // Building again for the period refreshes: nothing is duplicated.
    const again = await kaluga.post('/api/plans/consolidated', {
      organizationId: org['ИККО'],
      period: { start: '2026-01-01', end: '2026-12-31' },
      sources: [{ planId: region.plan.id }, { planId: tikPlanId }],
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: consolidatedId, created: false, added: 0 });
  });

  it('a change in a source waits as an update, changes nothing until accepted, and is journalled', async () => {
    expect((await kaluga.patch(`/api/items/${region.own.id}`, { title: 'Заседание комиссии (выездное)', deadlineText: 'Июнь' })).status).toBe(200);
    const own = () => kaluga.get(`/api/plans/${consolidatedId}`).then((r) => flatten(r.body.items).find((i) => i.title.startsWith('Заседание комиссии')));
    const before = (await own())!;
    const updates = (await kaluga.get(`/api/plans/${consolidatedId}/updates`)).body.updates;
    expect(updates).toEqual([
      expect.objectContaining({
        itemId: before.id,
        change: 'changed',
        current: expect.objectContaining({ title: 'Заседание комиссии', deadlineText: 'Май' }),
        proposed: expect.objectContaining({ title: 'Заседание комиссии (выездное)', deadlineText: 'Июнь' }),
      }),
    ]);
    expect(before.title).toBe('Заседание комиссии');
    // Refreshing does not apply it either.
    expect(
      (
        await kaluga.post('/api/plans/consolidated', {
          organizationId: org['ИККО'],
          period: { start: '2026-01-01', end: '2026-12-31' },
          sources: [{ planId: region.plan.id }],
        })
      ).body.pendingUpdates,
    ).toBe(1);
    expect((await own())!.title).toBe('Заседание комиссии');
    // The ТИК reads the consolidated plan (it has items there) but may not accept updates in it.
    expect((await chair.post(`/api/plans/${consolidatedId}/updates/${before.id}/accept`)).status).toBe(403);
    const accepted = await kaluga.post(`/api/plans/${consolidatedId}/updates/${before.id}/accept`);
    expect(accepted.status).toBe(200);
    const after = (await own())!;
    expect(after).toMatchObject({ title: 'Заседание комиссии (выездное)', deadlineText: 'Июнь' });
    expect(after.deadline!.windows[0]).toMatchObject({ start: '2026-06-01' });
    expect((await kaluga.get(`/api/plans/${consolidatedId}/updates`)).body.updates).toEqual([]);
    expect((await kaluga.post(`/api/plans/${consolidatedId}/updates/${before.id}/accept`)).status).toBe(409);
    const journal = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'item.source_update.accept'), eq(auditEvents.entityId, before.id)));
    expect(journal).toHaveLength(1);
    expect(journal[0]!.before).toMatchObject({ title: 'Заседание комиссии' });
  });

  it('a change of a cascaded regional item waits in the ТИК plan too', async () => {
    expect((await kaluga.patch(`/api/items/${region.seminar.id}`, { title: 'Семинар для председателей УИК' })).status).toBe(200);
    const updates = (await chair.get(`/api/plans/${tikPlanId}/updates`)).body.updates;
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ change: 'changed', source: { kind: 'cascaded', number: '1.1' }, proposed: { title: 'Семинар для председателей УИК' } });
    // Accepting in an approved plan opens an amendment: the official text changes only by its act.
    expect((await chair.post(`/api/plans/${tikPlanId}/updates/${updates[0].itemId}/accept`)).status).toBe(200);
    const plan = (await chair.get(`/api/plans/${tikPlanId}`)).body;
    expect(plan.amendment).not.toBeNull();
    expect(flatten(plan.items)[0]!.title).toBe('Семинар для председателей УИК');
    expect((await chair.post(`/api/plans/${tikPlanId}/amendments/current/approve`, { act: { ...act, number: '12/4' } })).status).toBe(200);
  });

  it('a ТИК’s report on its cascaded item rolls up to the regional item, the dashboard and the execution report', { timeout: 240_000 }, async () => {
    expect(
      (
        await admin.post(`/api/plans/${region.plan.id}/approve`, {
          act: { ...act, kind: 'постановление', authority: 'Избирательная комиссия Калужской области', number: '5/1-7' },
        })
      ).status,
    ).toBe(200);
    // In force, the regional plan is readable to the ТИК (items for it): it sees where its plan came from.
    // It also sees the consolidated plan its plan went into (its items there name it).
    const linked = (await chair.get(`/api/plans/${tikPlanId}/linked`)).body.plans;
    expect(linked.map((p: LinkedPlan) => [p.id, p.direction, p.linkKind])).toEqual([
      [consolidatedId, 'down', 'consolidated_from'],
      [region.plan.id, 'up', 'cascaded'],
    ]);
    const dashboardBefore = (await kaluga.get(`/api/organizations/${org['ИККО']}/consolidation?year=2026`)).body;
    const babynino = (d: Dashboard) => d.bodies.find((b: Dashboard['bodies'][number]) => b.organizationId === org['ТИК Бабынинского района'])!;
    expect(babynino(dashboardBefore)).toMatchObject({ submittedPlans: 1, latePlans: 1 });
    expect(babynino(dashboardBefore).regionalItems.done).toBe(0);
    expect(dashboardBefore.totals).toMatchObject({ bodies: 3, submitted: 1 });

    const mine = (await tikExecutor.get(`/api/me/occurrences?state=all&planId=${tikPlanId}`)).body.occurrences;
    const seminar = mine.find((o: Occurrence) => o.itemTitle === 'Семинар для председателей УИК');
    expect(seminar).toBeTruthy();
    const report = await tikExecutor.post(`/api/occurrences/${seminar.id}/reports`, {
      status: 'done',
      text: 'Семинар проведен 12 марта, участвовали 40 председателей УИК',
    });
    expect(report.status).toBe(201);
    const pending = babynino((await kaluga.get(`/api/organizations/${org['ИККО']}/consolidation?year=2026`)).body);
    expect(pending.ownPlans.pendingReview).toBe(1);
    expect(pending.regionalItems.pendingReview).toBe(1);
    expect((await chair.post(`/api/reports/${report.body.id}/review`, { decision: 'accept' })).status).toBe(200);
    const done = babynino((await kaluga.get(`/api/organizations/${org['ИККО']}/consolidation?year=2026`)).body);
    expect(done.regionalItems.done).toBe(1);
    expect(done.ownPlans.done).toBe(1);
    // The regional plan's own dashboard counts it for the ТИК's occurrence of the regional item.
    const progress = (await admin.get(`/api/plans/${region.plan.id}/progress`)).body;
    expect(progress.byExecutor.find((g: Progress['byExecutor'][number]) => g.label === 'ТИК Бабынинского района').tally.done).toBe(1);

    const json = (await admin.get(`/api/plans/${region.plan.id}/execution-report?from=2026-01-01&to=2026-06-30&format=json`)).body;
    expect(JSON.stringify(json)).toContain('Семинар проведен 12 марта');
    if (!soffice) return;
    const docx = await t.app.inject({
      method: 'GET',
      url: `/api/plans/${region.plan.id}/execution-report?from=2026-01-01&to=2026-06-30&format=docx`,
      headers: { cookie: await t.login('admin') },
    });
    expect(docx.statusCode).toBe(200);
    const dir = await mkdtemp(join(tmpdir(), 'planik-consol-'));
    try {
      await writeFile(join(dir, 'report.docx'), docx.rawPayload);
      await convertToPdf([join(dir, 'report.docx')], dir);
      const text = (await pdfText(join(dir, 'report.pdf'))).replace(/\s+/g, ' ');
      expect(text).toContain('Семинар проведен 12 марта');
      expect(text).toContain('ТИК Бабынинского района');
      expect(text).toContain('ТИК Боровского района');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  if (!soffice) it.skip(MISSING_SOFFICE, () => {});
});

describe('the demo', () => {
  it('cascades the Kaluga and Kuzbass plans to their ТИКs: some submitted on time, some late; Kuzbass consolidates', { timeout: 120_000 }, async () => {
    const { seedDemoConsolidation } = await import('../../src/server/demo/seed-demo-consolidation.js');
    const summary = await seedDemoConsolidation(t.database.db);
    expect(summary).toMatch(/ИККО: доведено пунктов \d+ до 3 ТИК/);
    expect(summary).toMatch(/ИККО – Кузбасса: сводный план, пунктов \d+/);
    const kaluga2022 = (await kaluga.get(`/api/organizations/${org['ИККО']}/consolidation?year=2022`)).body;
    const byName = Object.fromEntries(
      kaluga2022.bodies.map((b: Dashboard['bodies'][number]) => [b.name, b.plans.map((p: Dashboard['bodies'][number]['plans'][number]) => [p.state, p.late])]),
    );
    expect(byName).toEqual({
      'ТИК Бабынинского района': [['submitted', false]],
      'ТИК Боровского района': [['submitted', true]],
      'ТИК г. Обнинска': [['draft', true]],
    });
    const kuzbass = client(t, await t.login('kuzbass'));
    const kuzbass2022 = (await kuzbass.get(`/api/organizations/${org['ИККО – Кузбасса']}/consolidation?year=2022`)).body;
    expect(kuzbass2022.totals).toMatchObject({ submitted: 1 });
    const consolidated = (await kuzbass.get('/api/plans?kind=consolidated')).body.plans.filter((p: PlanSummary) => p.organizationId === org['ИККО – Кузбасса']);
    expect(consolidated.length).toBeGreaterThanOrEqual(1);
  });
});
