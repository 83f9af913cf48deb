import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema/index.js';
import { createCommissions, type Commissions } from '../factories/commissions.factory.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Occurrence } from '../support/api-types.js';

/** Issue #16: утвержден → исполнен → архив and back; executed and archived plans are read-only, archived ones out of due lists. */
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let tikExecutors: Commissions['tikExecutors'];

const act = { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2026-01-20', number: '101/5-7' };

beforeAll(async () => {
  t = await createTestApp();
  ({ admin, owner: kaluga, executor: tik, tikExecutors } = await createCommissions(t));
}, 120_000);
afterAll(() => t.close());

/** An approved plan of the regional commission with two items the territorial commission under it executes. */
async function approvedPlan() {
  const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План работы на 2026 год', period: { start: '2026-01-01', end: '2026-12-31' } }))
    .body;
  const executors = tikExecutors;
  const first = (await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Семинар для УИК', deadlineText: 'Март', executors })).body;
  await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Отчет о работе', deadlineText: 'Май', executors });
  expect((await admin.post(`/api/plans/${plan.id}/approve`, { act })).status).toBe(200);
  return { plan, first };
}

const statusOf = async (id: string) => (await admin.get(`/api/plans/${id}`)).body.status as string;
const mine = async (planId: string) => ((await tik.get('/api/me/occurrences?state=all')).body.occurrences as Occurrence[]).filter((o) => o.planId === planId);
const actions = async (planId: string) =>
  (
    await t.database.db
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.planId, planId))
  ).filter((e) => ['plan.execute', 'plan.archive', 'plan.unarchive', 'plan.reopen'].includes(e.action));

describe('утвержден → исполнен → архив and back', () => {
  it('each step is the commission’s decision (approve right), audited with the statuses before and after', async () => {
    const { plan } = await approvedPlan();
    expect((await kaluga.post(`/api/plans/${plan.id}/status`, { status: 'executed' })).status).toBe(403);
    expect(await statusOf(plan.id)).toBe('approved');
    const executed = await admin.post(`/api/plans/${plan.id}/status`, { status: 'executed' });
    expect(executed.status).toBe(200);
    expect(executed.body.status).toBe('executed');
    expect((await admin.post(`/api/plans/${plan.id}/status`, { status: 'archived' })).body.status).toBe('archived');
    expect((await admin.post(`/api/plans/${plan.id}/status`, { status: 'executed' })).body.status).toBe('executed');
    expect((await admin.post(`/api/plans/${plan.id}/status`, { status: 'approved' })).body.status).toBe('approved');
    expect((await actions(plan.id)).map((e) => [e.action, (e.before as { status?: string }).status, (e.after as { status?: string }).status])).toEqual([
      ['plan.execute', 'approved', 'executed'],
      ['plan.archive', 'executed', 'archived'],
      ['plan.unarchive', 'archived', 'executed'],
      ['plan.reopen', 'executed', 'approved'],
    ]);
  });

  it('refuses steps that skip or do not exist, naming the statuses; nothing changes, nothing is audited', async () => {
    const draft = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'Проект плана' })).body;
    const r = await admin.post(`/api/plans/${draft.id}/status`, { status: 'executed' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('«проект»');
    const { plan } = await approvedPlan();
    expect((await admin.post(`/api/plans/${plan.id}/status`, { status: 'archived' })).status).toBe(409);
    expect((await admin.post(`/api/plans/${plan.id}/status`, { status: 'approved' })).status).toBe(409);
    expect((await admin.post(`/api/plans/${plan.id}/status`, { status: 'draft' })).status).toBe(400);
    expect(await statusOf(plan.id)).toBe('approved');
    expect(await actions(plan.id)).toEqual([]);
    // The header cannot set these statuses past the audited step.
    const patched = await admin.patch(`/api/plans/${plan.id}`, { status: 'archived' });
    expect(patched.status).toBe(400);
    expect(JSON.stringify(patched.body)).toContain('status');
    expect(await statusOf(plan.id)).toBe('approved');
  });

  it('an open amendment must be approved or discarded before the plan is marked executed', async () => {
    const { plan, first } = await approvedPlan();
    await kaluga.patch(`/api/items/${first.id}`, { title: 'Семинар для членов УИК' });
    const r = await admin.post(`/api/plans/${plan.id}/status`, { status: 'executed' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/неутвержденные изменения/);
    expect(await statusOf(plan.id)).toBe('approved');
  });

  it('404 for a plan of another region, never 200 or 500', async () => {
    const { plan } = await approvedPlan();
    const kuzbass = client(t, await t.login('kuzbass'));
    expect((await kuzbass.post(`/api/plans/${plan.id}/status`, { status: 'executed' })).status).toBe(404);
    expect((await admin.post('/api/plans/00000000-0000-4000-8000-000000000000/status', { status: 'executed' })).status).toBe(404);
  });
});

describe('executed and archived plans are records', () => {
  it('an executed plan is not edited but still takes its executors’ reports', async () => {
    const { plan, first } = await approvedPlan();
    await admin.post(`/api/plans/${plan.id}/status`, { status: 'executed' });
    const edit = await kaluga.patch(`/api/plans/${plan.id}`, { title: 'Другой план' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toMatch(/План исполнен/);
    expect((await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Новый пункт' })).status).toBe(409);
    expect((await kaluga.patch(`/api/items/${first.id}`, { title: 'Другое' })).status).toBe(409);
    expect((await kaluga.post(`/api/plans/${plan.id}/amendments`)).status).toBe(409);
    expect((await admin.get(`/api/plans/${plan.id}`)).body.title).toBe('План работы на 2026 год');
    const due = await mine(plan.id);
    expect(due).toHaveLength(2);
    expect((await tik.post(`/api/occurrences/${due[0]!.id}/reports`, { status: 'done', text: 'Семинар проведен' })).status).toBe(201);
    // Copying a finished plan to the next year is what it is for.
    expect((await kaluga.post(`/api/plans/${plan.id}/copy`, { period: { start: '2027-01-01', end: '2027-12-31' }, carryOver: true })).status).toBe(201);
  });

  it('an archived plan is read-only, out of the executors’ due lists, takes no reports or reviews; back from the archive it returns', async () => {
    const { plan } = await approvedPlan();
    const occurrence = (await mine(plan.id))[0]!;
    const report = (await tik.post(`/api/occurrences/${occurrence.id}/reports`, { status: 'done', text: 'Семинар проведен' })).body;
    await admin.post(`/api/plans/${plan.id}/status`, { status: 'executed' });
    await admin.post(`/api/plans/${plan.id}/status`, { status: 'archived' });
    expect(await mine(plan.id)).toEqual([]);
    const refused = await tik.post(`/api/occurrences/${occurrence.id}/reports`, { status: 'done', text: 'Еще отчет' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/в архиве/);
    const review = await kaluga.post(`/api/reports/${report.id}/review`, { decision: 'accept' });
    expect(review.status).toBe(409);
    const edit = await kaluga.patch(`/api/plans/${plan.id}`, { title: 'Другой план' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toMatch(/в архиве/);
    expect((await admin.del(`/api/plans/${plan.id}`)).status).toBe(409);
    // Still readable, printable and exported.
    expect((await kaluga.get(`/api/plans/${plan.id}`)).status).toBe(200);
    expect((await kaluga.get(`/api/plans/${plan.id}/export?format=json`)).status).toBe(200);
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.planId, plan.id), eq(auditEvents.action, 'report.accept')));
    expect(audited).toHaveLength(0);
    await admin.post(`/api/plans/${plan.id}/status`, { status: 'executed' });
    expect(await mine(plan.id)).toHaveLength(2);
    expect((await kaluga.post(`/api/reports/${report.id}/review`, { decision: 'accept' })).status).toBe(200);
  });
});
