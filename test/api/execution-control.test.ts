import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, plans } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Chairman, Extension, Notice, Occurrence, Organization } from '../support/api-types.js';

/**
 * Issue #18, built beyond the fixes: escalation of missing reports, deadline
 * extension requests, closing a reporting period. Seed plans are of 2021–2025, so
 * their past deadlines are overdue today.
 */
let t: TestApp;
let admin: Client;
let kaluga: Client;
let controller: Client;
let tik: Client;
let kuzbass: Client;
let kuzbassTik: Client;
let observer: Client;
let kalugaPlanId: string;
let kalugaOrg: string;

const act = { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2022-07-20', number: '5/31-7' };

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
  kuzbass = client(t, await t.login('kuzbass'));
  kuzbassTik = client(t, await t.login('kuzbass-tik'));
  observer = client(t, await t.login('observer'));
  const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
  kalugaOrg = orgs.find((o) => o.shortName === 'ИККО')!.id;
  await admin.post('/api/users', {
    login: 'kaluga-secretary',
    displayName: 'Секретарь ИККО',
    organizationId: kalugaOrg,
    roles: ['controller'],
    password: 'Контроль2025',
  });
  controller = client(t, await t.login('kaluga-secretary', 'Контроль2025'));
  expect((await controller.post('/api/auth/password', { currentPassword: 'Контроль2025', newPassword: 'Контроль2026' })).status).toBeLessThan(300);
  for (const row of await t.database.db.select({ id: plans.id, source: plans.source }).from(plans)) {
    if ((row.source as { fileName?: string } | null)?.fileName === 'kaluga-program-and-plan-2022.txt') kalugaPlanId = row.id;
  }
}, 120_000);
afterAll(() => t.close());

/** The Kaluga ТИК's overdue first-half occurrences of the regional plan. */
async function tikOverdue() {
  const r = await tik.get('/api/me/occurrences?state=overdue');
  return (r.body.occurrences as Occurrence[]).filter((o) => o.planId === kalugaPlanId && o.windowEnd === '2022-06-30');
}
const auditCount = async (action: string, entityId?: string) =>
  Number(
    (
      await t.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(and(eq(auditEvents.action, action), entityId ? eq(auditEvents.entityId, entityId) : undefined))
    )[0]!.n,
  );

describe('escalation of missing reports', () => {
  it('the plan sets its days; only its planner or controller may, another region sees nothing', async () => {
    expect((await kaluga.get(`/api/plans/${kalugaPlanId}/escalation`)).body).toMatchObject({ escalationDays: 5, notices: [] });
    expect((await tik.put(`/api/plans/${kalugaPlanId}/escalation`, { days: 0 })).status).toBe(403);
    expect((await kuzbass.put(`/api/plans/${kalugaPlanId}/escalation`, { days: 0 })).status).toBe(404);
    expect((await kuzbass.get(`/api/plans/${kalugaPlanId}/escalation`)).status).toBe(404);
    const bad = await kaluga.put(`/api/plans/${kalugaPlanId}/escalation`, { days: -1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('Не меньше 0');
    expect((await kaluga.put(`/api/plans/${kalugaPlanId}/escalation`, { days: 0 })).body).toEqual({ escalationDays: 0 });
    expect(await auditCount('plan.escalation', kalugaPlanId)).toBe(1);
  });

  it('a run reminds executors; with 0 days nobody above is told; a re-run sends nothing twice; every notice is in the journal', async () => {
    expect((await kaluga.post('/api/admin/escalations/run')).status).toBe(403);
    const first = await admin.post('/api/admin/escalations/run');
    expect(first.status).toBe(200);
    expect(first.body.created).toBeGreaterThan(0);
    expect(await auditCount('escalation.notice')).toBe(first.body.created);

    const mine = (await tik.get('/api/me/notices')).body.notices as Notice[];
    const overdue = await tikOverdue();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((n) => n.level === 'executor' && n.levelName === 'напоминание исполнителю')).toBe(true);
    expect(mine.map((n) => n.occurrenceId)).toEqual(expect.arrayContaining(overdue.map((o) => o.id)));
    const planNotices = (await kaluga.get(`/api/plans/${kalugaPlanId}/escalation`)).body.notices as Notice[];
    expect(planNotices.length).toBeGreaterThan(0);
    expect(planNotices.every((n) => n.level === 'executor')).toBe(true);

    const again = await admin.post('/api/admin/escalations/run');
    expect(again.body.created).toBe(0);
    expect(await auditCount('escalation.notice')).toBe(first.body.created);
  });

  it('after the plan’s days the controller is told, and the higher commission for the owner’s own staff — once each', async () => {
    expect((await kaluga.put(`/api/plans/${kalugaPlanId}/escalation`, { days: 10 })).status).toBe(200);
    const run = await admin.post('/api/admin/escalations/run');
    expect(run.body.byLevel.executor).toBe(0);
    expect(run.body.byLevel.controller).toBeGreaterThan(0);
    expect(run.body.byLevel.higher).toBeGreaterThan(0);

    const toKaluga = ((await kaluga.get('/api/me/notices')).body.notices as Notice[]).filter((n) => n.planId === kalugaPlanId);
    expect(toKaluga.some((n) => n.level === 'controller' && n.executorLabel.includes('ТИК') && n.daysOverdue >= 10)).toBe(true);
    // ТИК Бабынинского района's higher commission is ИККО itself: told as the controller, not a second time.
    expect(toKaluga.filter((n) => n.level === 'higher')).toEqual([]);
    const toCec = ((await observer.get('/api/me/notices')).body.notices as Notice[]).filter((n) => n.planId === kalugaPlanId);
    expect(toCec.length).toBeGreaterThan(0);
    expect(toCec.every((n) => n.level === 'higher' && n.recipientName.startsWith('Центральная избирательная комиссия'))).toBe(true);
    // An executor's own list holds reminders only; another region's planner gets none of Kaluga's.
    expect(((await tik.get('/api/me/notices')).body.notices as Notice[]).some((n) => n.level !== 'executor')).toBe(false);
    expect(((await kuzbass.get('/api/me/notices')).body.notices as Notice[]).some((n) => n.planId === kalugaPlanId)).toBe(false);

    expect((await admin.post('/api/admin/escalations/run')).body.created).toBe(0);
  });
});

describe('deadline extension requests', () => {
  let occId: string;
  let requestId: string;

  it('the executor asks with a reason; bad requests change nothing', async () => {
    occId = (await tikOverdue())[0]!.id;
    const earlier = await tik.post(`/api/occurrences/${occId}/extensions`, { newDate: '2022-06-01', reason: 'Нет помещения для занятий' });
    expect(earlier.status).toBe(400);
    expect(earlier.body.error.message).toContain('позже действующего');
    const noReason = await tik.post(`/api/occurrences/${occId}/extensions`, { newDate: '2022-09-30', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect((await kaluga.post(`/api/occurrences/${occId}/extensions`, { newDate: '2022-09-30', reason: 'Нет помещения' })).status).toBe(403);
    expect((await kuzbassTik.post(`/api/occurrences/${occId}/extensions`, { newDate: '2022-09-30', reason: 'Нет помещения' })).status).toBe(404);
    expect((await tik.get(`/api/occurrences/${occId}/extensions`)).body.extensions).toEqual([]);

    const asked = await tik.post(`/api/occurrences/${occId}/extensions`, { newDate: '2022-09-30', reason: 'Учебный класс на ремонте до сентября' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', statusName: 'на рассмотрении', previousDate: '2022-06-30', requestedDate: '2022-09-30' });
    requestId = asked.body.id;
    const twice = await tik.post(`/api/occurrences/${occId}/extensions`, { newDate: '2022-10-31', reason: 'Еще одна причина' });
    expect(twice.status).toBe(409);
    expect(await auditCount('extension.request', requestId)).toBe(1);
    const pending = (await kaluga.get(`/api/plans/${kalugaPlanId}/extensions?status=pending`)).body.extensions as Extension[];
    expect(pending.map((x) => x.id)).toEqual([requestId]);
    expect((await kuzbass.get(`/api/plans/${kalugaPlanId}/extensions`)).status).toBe(404);
  });

  it('only the plan’s planner or controller decides; a refusal needs a reason', async () => {
    expect((await tik.post(`/api/extensions/${requestId}/decision`, { decision: 'approve' })).status).toBe(403);
    expect((await kuzbass.post(`/api/extensions/${requestId}/decision`, { decision: 'approve' })).status).toBe(404);
    const refuse = await kaluga.post(`/api/extensions/${requestId}/decision`, { decision: 'refuse' });
    expect(refuse.status).toBe(400);
    expect(refuse.body.error.message).toBe('Укажите причину отказа');
    expect((await tik.get(`/api/occurrences/${occId}`)).body.dueDate).toBe('2022-06-30');
  });

  it('approval moves the deadline in force, keeps the history and shows in the report as «перенесено на …, основание …»', async () => {
    const ok = await kaluga.post(`/api/extensions/${requestId}/decision`, { decision: 'approve', comment: 'Согласовано' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', decidedByName: 'Планировщик ИК Калужской области' });
    expect((await kaluga.post(`/api/extensions/${requestId}/decision`, { decision: 'refuse', comment: 'нет' })).status).toBe(409);
    const occ = (await tik.get(`/api/occurrences/${occId}`)).body;
    expect(occ.dueDate).toBe('2022-09-30');
    expect(occ.windowEnd).toBe('2022-06-30');
    const history = (await tik.get(`/api/occurrences/${occId}/extensions`)).body;
    expect(history.canRequest).toBe(true);
    expect(history.extensions.map((x: Extension) => [x.previousDate, x.requestedDate, x.status])).toEqual([['2022-06-30', '2022-09-30', 'approved']]);
    expect(await auditCount('extension.approve', requestId)).toBe(1);

    const report = (await kaluga.get(`/api/plans/${kalugaPlanId}/execution-report?from=2022-01-01&to=2022-06-30&format=json`)).body;
    const cells = JSON.stringify(report.sections);
    expect(cells).toContain('перенесено на 30.09.2022, основание: Учебный класс на ремонте до сентября');

    // The moved deadline is a new occasion for a reminder; the old one is not repeated.
    const run = await admin.post('/api/admin/escalations/run');
    expect(run.body.byLevel.executor).toBe(1);
    const notices = ((await tik.get('/api/me/notices')).body.notices as Notice[]).filter((n) => n.occurrenceId === occId);
    expect(notices.map((n) => n.dueDate).sort()).toEqual(['2022-06-30', '2022-09-30']);
  });
});

describe('closing a reporting period', () => {
  it('only a controlling body closes, citing the act; an open or overlapping period is refused', async () => {
    const body = { from: '2022-01-01', to: '2022-06-30', act };
    expect((await kaluga.post(`/api/plans/${kalugaPlanId}/periods`, body)).status).toBe(403);
    expect((await tik.post(`/api/plans/${kalugaPlanId}/periods`, body)).status).toBe(403);
    expect((await kuzbass.post(`/api/plans/${kalugaPlanId}/periods`, body)).status).toBe(404);
    const open = await controller.post(`/api/plans/${kalugaPlanId}/periods`, { from: '2022-07-01', to: '2099-12-31', act });
    expect(open.status).toBe(400);
    expect(open.body.error.message).toBe('Закрыть можно только истекший период');
    const closed = await controller.post(`/api/plans/${kalugaPlanId}/periods`, body);
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ from: '2022-01-01', to: '2022-06-30', label: 'I полугодие 2022 г.', closedByName: 'Секретарь ИККО' });
    const overlap = await controller.post(`/api/plans/${kalugaPlanId}/periods`, { from: '2022-06-01', to: '2022-07-31', act });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.message).toContain('пересекается');
    const list = (await kaluga.get(`/api/plans/${kalugaPlanId}/periods`)).body;
    expect(list).toMatchObject({ canClose: false, closed: [{ from: '2022-01-01', to: '2022-06-30' }] });
    expect((await controller.get(`/api/plans/${kalugaPlanId}/periods`)).body.canClose).toBe(true);
    expect(await auditCount('plan.period.close', kalugaPlanId)).toBe(1);
  });

  it('a report that comes after the closing is accepted by the controller only and is marked late in the next report', async () => {
    const occ = (await tikOverdue())[0]!;
    const sent = await tik.post(`/api/occurrences/${occ.id}/reports`, { status: 'done', text: 'Проведено с опозданием' });
    expect(sent.status).toBe(201);
    const byPlanner = await kaluga.post(`/api/reports/${sent.body.id}/review`, { decision: 'accept' });
    expect(byPlanner.status).toBe(403);
    expect(byPlanner.body.error.message).toContain('после закрытия отчетного периода (I полугодие 2022 г.)');
    const byController = await controller.post(`/api/reports/${sent.body.id}/review`, { decision: 'accept' });
    expect(byController.status).toBe(200);
    expect(await auditCount('report.accept_late', sent.body.id)).toBe(1);

    const closedPeriod = (await kaluga.get(`/api/plans/${kalugaPlanId}/execution-report?from=2022-01-01&to=2022-06-30&format=json`)).body;
    expect(JSON.stringify(closedPeriod.sections)).toContain('(представлен после закрытия отчетного периода)');
    const today = new Date().toISOString().slice(0, 10);
    const next = (await kaluga.get(`/api/plans/${kalugaPlanId}/execution-report?from=2022-07-01&to=${today}&format=json`)).body;
    expect(next.late).toEqual([
      expect.objectContaining({
        number: occ.itemNumber,
        executorLabel: occ.executorLabel,
        dueDate: '2022-06-30',
        closedPeriodLabel: 'I полугодие 2022 г.',
        accepted: true,
      }),
    ]);
    expect(next.narrative.join(' ')).toContain('После закрытия отчетного периода с опозданием представлены отчеты по 1 мероприятию');
  });
});

describe('the chairman’s page', () => {
  it('sums the plans the user controls: overdue by body and section, waiting for review; nothing of another region', async () => {
    const r = await kaluga.get('/api/chairman');
    expect(r.status).toBe(200);
    const s = r.body;
    expect(s.organizationName).toBe('Избирательная комиссия Калужской области');
    expect(s.totals.overdue).toBeGreaterThan(0);
    expect(s.byBody.length).toBeGreaterThan(0);
    expect(s.byBody[0].overdue).toBeGreaterThanOrEqual(s.byBody.at(-1).overdue);
    expect(s.byBody.reduce((a: number, b: Chairman['byBody'][number]) => a + b.overdue, 0)).toBeLessThanOrEqual(s.totals.overdue);
    expect(s.bySection.every((x: Chairman['bySection'][number]) => x.planId === kalugaPlanId)).toBe(true);
    const progress = (await kaluga.get(`/api/plans/${kalugaPlanId}/progress`)).body;
    expect(s.totals.overdue).toBe(progress.totals.overdue);
    expect(s.totals.pendingReview).toBe(progress.totals.pendingReview);
    expect(s.trend.current.label).toMatch(/полугодие/);

    const other = (await kuzbass.get('/api/chairman')).body;
    expect(JSON.stringify(other)).not.toContain(kalugaPlanId);
    const executor = (await tik.get('/api/chairman')).body;
    expect(executor).toMatchObject({ plans: 0, totals: { overdue: 0, pendingReview: 0 } });
  });
});
