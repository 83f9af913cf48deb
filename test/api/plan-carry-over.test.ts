import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, planLinks } from '../../src/server/db/schema/index.js';
import { createCommissions, type Commissions } from '../factories/commissions.factory.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ItemNode, Occurrence, PlanSummary } from '../support/api-types.js';

/** Issue #16: the planner sees the unfinished items and picks which to carry over. */
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let tikExecutors: Commissions['tikExecutors'];

const act = { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2026-01-20', number: '101/5-7' };
const flat = (items: ItemNode[]): ItemNode[] => items.flatMap((i) => [i, ...flat(i.children)]);

beforeAll(async () => {
  t = await createTestApp();
  ({ admin, owner: kaluga, executor: tik, tikExecutors } = await createCommissions(t));
}, 120_000);
afterAll(() => t.close());

/** An approved plan of four items for the ТИК: one reported done, three unfinished. */
async function planWithUnfinished() {
  const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План работы на 2026 год', period: { start: '2026-01-01', end: '2026-12-31' } }))
    .body;
  const section = (await kaluga.post(`/api/plans/${plan.id}/items`, { kind: 'section', title: 'Обучение' })).body;
  const executors = tikExecutors;
  const items = [];
  for (const [title, deadlineText] of [
    ['Семинар', 'Март'],
    ['Тестирование', 'Апрель'],
    ['Конкурс', 'Май'],
    ['Отчет', 'Июнь'],
  ]) {
    items.push((await kaluga.post(`/api/plans/${plan.id}/items`, { parentId: section.id, title, deadlineText, executors })).body);
  }
  await admin.post(`/api/plans/${plan.id}/approve`, { act });
  const seminar = ((await tik.get('/api/me/occurrences?state=all')).body.occurrences as Occurrence[]).find(
    (o) => o.planId === plan.id && o.itemTitle === 'Семинар',
  )!;
  expect((await tik.post(`/api/occurrences/${seminar.id}/reports`, { status: 'done', text: 'Проведен' })).status).toBe(201);
  return { plan, items };
}

describe('carry-over selection', () => {
  it('lists the unfinished items (not the finished one, not headings) in the plan’s order', async () => {
    const { plan, items } = await planWithUnfinished();
    const r = await kaluga.get(`/api/plans/${plan.id}/unfinished-items`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: ItemNode) => i.title)).toEqual(['Тестирование', 'Конкурс', 'Отчет']);
    expect(r.body.items[0]).toEqual({
      id: items[1].id,
      number: items[1].number,
      title: 'Тестирование',
      deadlineText: 'Апрель',
      executors: tikExecutors[0]!.text,
    });
  });

  it('carries over only the chosen items: marked and linked; the others are copied unmarked', async () => {
    const { plan, items } = await planWithUnfinished();
    const r = await kaluga.post(`/api/plans/${plan.id}/copy`, {
      period: { start: '2027-01-01', end: '2027-12-31' },
      carryOver: true,
      carryOverItemIds: [items[2].id],
    });
    expect(r.status).toBe(201);
    expect(r.body.carriedOver).toBe(1);
    const copy = flat((await admin.get(`/api/plans/${r.body.id}`)).body.items);
    const byTitle = (title: string) => copy.find((i) => i.title === title);
    expect(byTitle('Конкурс')!.notes).toBe(`перенесено из плана на 2026 год, п. ${items[2].number}`);
    expect(byTitle('Тестирование')!.notes).toBeNull();
    expect(byTitle('Отчет')!.notes).toBeNull();
    const links = await t.database.db.select().from(planLinks).where(eq(planLinks.targetPlanId, r.body.id));
    expect(links.filter((l) => l.kind === 'carried_over').map((l) => l.sourceItemId)).toEqual([items[2].id]);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, r.body.id));
    expect(audit.find((e) => e.action === 'plan.copy')?.after).toMatchObject({ carriedOver: [items[2].number] });
  });

  it('an empty choice carries nothing; no choice carries every unfinished item', async () => {
    const { plan } = await planWithUnfinished();
    const none = await kaluga.post(`/api/plans/${plan.id}/copy`, { period: { start: '2027-01-01', end: '2027-12-31' }, carryOver: true, carryOverItemIds: [] });
    expect(none.body.carriedOver).toBe(0);
    const all = await kaluga.post(`/api/plans/${plan.id}/copy`, { period: { start: '2028-01-01', end: '2028-12-31' }, carryOver: true });
    expect(all.body.carriedOver).toBe(3);
  });

  it('a finished item or another plan’s item in the choice → 400 naming the field, no plan created', async () => {
    const { plan, items } = await planWithUnfinished();
    const count = async () => ((await kaluga.get('/api/plans?limit=500')).body.plans as PlanSummary[]).length;
    const before = await count();
    for (const id of [items[0].id, '00000000-0000-4000-8000-000000000000']) {
      const r = await kaluga.post(`/api/plans/${plan.id}/copy`, {
        period: { start: '2027-01-01', end: '2027-12-31' },
        carryOver: true,
        carryOverItemIds: [id],
      });
      expect(r.status).toBe(400);
      expect(r.body.error.field ?? JSON.stringify(r.body)).toContain('carryOverItemIds');
    }
    expect(await count()).toBe(before);
  });

  it('another region’s plan: 404 for its unfinished items', async () => {
    const { plan } = await planWithUnfinished();
    const kuzbass = client(t, await t.login('kuzbass'));
    expect((await kuzbass.get(`/api/plans/${plan.id}/unfinished-items`)).status).toBe(404);
    expect((await tik.get(`/api/plans/${plan.id}/unfinished-items`)).status).toBe(200);
  });
});
