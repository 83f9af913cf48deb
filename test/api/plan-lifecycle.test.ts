import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, occurrences, planLinks } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ItemNode, Occurrence, Organization, Plan, PlanSummary, PlanVersion } from '../support/api-types.js';

let t: TestApp;
let admin: Client;
let kaluga: Client;
let anonymous: Client;
let kalugaOrg: string;

const act = { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2026-01-20', number: '101/5-7' };

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  anonymous = client(t, null);
  const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
  kalugaOrg = orgs.find((o) => o.shortName === 'ИККО')!.id;
}, 120_000);
afterAll(() => t.close());

/** A draft plan of the Kaluga commission with two items assigned to it. */
async function draftPlan(title = 'План работы Избирательной комиссии Калужской области на 2026 год') {
  const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title, period: { start: '2026-01-01', end: '2026-12-31' } })).body;
  const section = (await kaluga.post(`/api/plans/${plan.id}/items`, { kind: 'section', title: 'Организационные мероприятия' })).body;
  const first = (
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      parentId: section.id,
      title: 'Заседание комиссии',
      deadlineText: 'Март',
      executors: [{ text: 'ИККО', organizationId: kalugaOrg }],
    })
  ).body;
  const second = (
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      parentId: section.id,
      title: 'Семинар для ТИК',
      deadlineText: 'Май',
      executors: [{ text: 'ИККО', organizationId: kalugaOrg }],
    })
  ).body;
  return { plan, section, first, second };
}

const exportJson = async (id: string) => JSON.stringify((await admin.get(`/api/plans/${id}/export?format=json`)).body);
const occurrenceWindows = async (planId: string) =>
  (await t.database.db.select({ itemId: occurrences.itemId, end: occurrences.windowEnd }).from(occurrences).where(eq(occurrences.planId, planId)))
    .map((o) => `${o.itemId}:${o.end}`)
    .sort();
const auditActions = async (planId: string) =>
  (await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.planId, planId))).map((e) => e.action);

describe('approval by an act', () => {
  it('approves a draft with its act, records a version and prints the гриф in the right case', async () => {
    const { plan } = await draftPlan();
    const refused = await kaluga.post(`/api/plans/${plan.id}/approve`, { act });
    expect(refused.status).toBe(403); // planners prepare, controllers approve
    const r = await admin.post(`/api/plans/${plan.id}/approve`, { act });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('approved');
    expect(r.body.approval).toMatchObject({ kind: 'постановление', authority: act.authority, date: act.date, number: act.number });
    const got = (await admin.get(`/api/plans/${plan.id}`)).body;
    expect(got.approvalBlock).toEqual(['УТВЕРЖДЕН', 'постановлением Избирательной комиссии Калужской области', 'от 20 января 2026 г. № 101/5-7']);
    const versions = (await admin.get(`/api/plans/${plan.id}/versions`)).body.versions;
    expect(versions.at(-1)).toMatchObject({ reason: 'approved', act: { kind: 'постановление', number: '101/5-7' } });
    expect(await auditActions(plan.id)).toContain('plan.approve');
    expect((await occurrenceWindows(plan.id)).length).toBe(2);
    // Approving twice is refused: an approved plan changes by amendment.
    expect((await admin.post(`/api/plans/${plan.id}/approve`, { act })).status).toBe(409);
  });

  it('bad act: 400 naming the field, nothing changes', async () => {
    const { plan } = await draftPlan();
    const r = await admin.post(`/api/plans/${plan.id}/approve`, { act: { ...act, kind: 'указ', number: '' } });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toMatch(/kind|number/);
    expect((await admin.get(`/api/plans/${plan.id}`)).body.status).toBe('draft');
  });

  it('a decision of a territorial commission is printed «решением Территориальной избирательной комиссии …»', async () => {
    const { plan } = await draftPlan();
    await admin.post(`/api/plans/${plan.id}/approve`, {
      act: { ...act, kind: 'решение', authority: 'Территориальная избирательная комиссия Бабынинского района' },
    });
    const docx = await admin.get(`/api/plans/${plan.id}/export?format=json`);
    expect(docx.status).toBe(200);
    expect((await admin.get(`/api/plans/${plan.id}`)).body.approvalBlock[1]).toBe('решением Территориальной избирательной комиссии Бабынинского района');
  });
});

describe('amendments', () => {
  it('editing an approved plan opens an amendment; exports and due dates keep the approved text until it is approved', async () => {
    const { plan, first } = await draftPlan();
    await admin.post(`/api/plans/${plan.id}/approve`, { act });
    const officialOccurrences = await occurrenceWindows(plan.id);
    const officialExport = await exportJson(plan.id);
    expect(officialExport).toContain('Заседание комиссии');

    const edit = await kaluga.patch(`/api/items/${first.id}`, { title: 'Заседание комиссии (перенесено)', deadlineText: 'Октябрь' });
    expect(edit.status).toBe(200);
    const working = (await kaluga.get(`/api/plans/${plan.id}`)).body;
    expect(working.amendment).not.toBeNull();
    expect(working.status).toBe('approved');
    expect(JSON.stringify(working.items)).toContain('Заседание комиссии (перенесено)');
    // The official outputs and the executors' due dates are still the approved ones.
    expect(await exportJson(plan.id)).toContain('"Заседание комиссии"');
    expect(await exportJson(plan.id)).not.toContain('перенесено');
    expect(await occurrenceWindows(plan.id)).toEqual(officialOccurrences);
    expect(await auditActions(plan.id)).toContain('plan.amendment.open');

    // A planner cannot approve the amendment; a controller's act can.
    expect((await kaluga.post(`/api/plans/${plan.id}/amendments/current/approve`, { act })).status).toBe(403);
    const amendAct = { ...act, date: '2026-06-15', number: '120/2-7' };
    const approved = await admin.post(`/api/plans/${plan.id}/amendments/current/approve`, { act: amendAct });
    expect(approved.status).toBe(200);
    expect(approved.body.amendment).toBeNull();
    expect(approved.body.revision).toMatchObject({ date: '2026-06-15', number: '120/2-7' });
    expect(await exportJson(plan.id)).toContain('перенесено');
    expect(await occurrenceWindows(plan.id)).not.toEqual(officialOccurrences);
    const block = (await admin.get(`/api/plans/${plan.id}`)).body.approvalBlock;
    expect(block.at(-1)).toBe('(в редакции постановления от 15 июня 2026 г. № 120/2-7)');
    const versions = (await admin.get(`/api/plans/${plan.id}/versions`)).body.versions;
    expect(versions.map((v: PlanVersion) => v.reason)).toEqual(['approved', 'amendment']);
    expect(versions[1].act).toMatchObject({ number: '120/2-7' });
    expect(await auditActions(plan.id)).toContain('plan.amendment.approve');
  });

  it('discarding an amendment restores the official text (edited, added and deleted items alike)', async () => {
    const { plan, section, first, second } = await draftPlan();
    await admin.post(`/api/plans/${plan.id}/approve`, { act });
    const official = (await admin.get(`/api/plans/${plan.id}`)).body;
    const officialOccurrences = await occurrenceWindows(plan.id);

    expect((await kaluga.post(`/api/plans/${plan.id}/amendments`)).status).toBe(201);
    expect((await kaluga.post(`/api/plans/${plan.id}/amendments`)).status).toBe(409);
    await kaluga.patch(`/api/items/${first.id}`, { title: 'Другое название' });
    await kaluga.post(`/api/plans/${plan.id}/items`, { parentId: section.id, title: 'Новый пункт' });
    expect((await kaluga.del(`/api/items/${second.id}`)).status).toBe(204);
    await kaluga.patch(`/api/plans/${plan.id}`, { title: 'Новое название плана' });

    const discarded = await kaluga.del(`/api/plans/${plan.id}/amendments/current`);
    expect(discarded.status).toBe(200);
    const after = (await admin.get(`/api/plans/${plan.id}`)).body;
    expect(after.amendment).toBeNull();
    expect(after.title).toBe(official.title);
    const strip = (items: ItemNode[]): unknown[] =>
      items.map((i) => ({
        id: i.id,
        number: i.number,
        title: i.title,
        deadlineText: i.deadlineText,
        executors: i.executors.map((e) => e.text),
        children: strip(i.children),
      }));
    expect(strip(after.items)).toEqual(strip(official.items));
    expect(await occurrenceWindows(plan.id)).toEqual(officialOccurrences);
    expect(await auditActions(plan.id)).toContain('plan.amendment.discard');
    expect((await kaluga.del(`/api/plans/${plan.id}/amendments/current`)).status).toBe(404);
  });

  it('the public page of a published plan shows the approved text during an amendment', async () => {
    const { plan, first } = await draftPlan();
    await admin.post(`/api/plans/${plan.id}/approve`, { act });
    await kaluga.patch(`/api/plans/${plan.id}`, { published: true });
    expect((await admin.get(`/api/plans/${plan.id}`)).body.amendment).toBeNull(); // publishing is not an amendment
    await kaluga.patch(`/api/items/${first.id}`, { title: 'Черновая правка' });
    const page = await t.app.inject({ method: 'GET', url: `/public/plans/${plan.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Заседание комиссии');
    expect(page.body).not.toContain('Черновая правка');
    expect(page.body).toContain('постановлением Избирательной комиссии Калужской области');
    expect((await anonymous.get(`/api/plans/${plan.id}`)).status).toBe(401);
  });

  it('an amendment cannot be started on a draft', async () => {
    const { plan } = await draftPlan();
    expect((await kaluga.post(`/api/plans/${plan.id}/amendments`)).status).toBe(409);
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.planId, plan.id), eq(auditEvents.action, 'plan.amendment.open')));
    expect(rows).toHaveLength(0);
  });
});

describe('copy to the next period', () => {
  const flat = (items: ItemNode[]): ItemNode[] => items.flatMap((i) => [i, ...flat(i.children)]);

  it('a seed plan copied to the next year: same structure, deadlines in the new year, a draft linked to its predecessor', async () => {
    const plans: PlanSummary[] = (await admin.get('/api/plans?limit=500')).body.plans;
    const seed = plans.find((p) => p.organizationId === kalugaOrg && p.period)!;
    const source = (await admin.get(`/api/plans/${seed.id}`)).body;
    const year = Number(source.period.end.slice(0, 4)) + 1;
    const r = await kaluga.post(`/api/plans/${seed.id}/copy`, { period: { start: `${year}-01-01`, end: `${year}-12-31` }, carryOver: false });
    expect(r.status).toBe(201);
    const copy = (await admin.get(`/api/plans/${r.body.id}`)).body;
    expect(copy.status).toBe('draft');
    expect(copy.approval).toBeNull();
    expect(copy.columns).toEqual(source.columns);
    const shape = (items: ItemNode[]) =>
      flat(items).map((i) => `${i.number}|${i.kind}|${i.title}|${i.deadlineText}|${i.executors.map((e) => e.text).join(',')}`);
    expect(shape(copy.items)).toEqual(shape(source.items));
    const windows = flat(copy.items).flatMap((i) => (i.deadline?.windows ?? []) as { end: string }[]);
    expect(windows.length).toBeGreaterThan(0);
    expect(windows.every((w) => w.end.startsWith(String(year)))).toBe(true);
    expect(await auditActions(r.body.id)).toContain('plan.copy');
  });

  it('carry-over marks the unfinished items and keeps election-relative rules waiting for the new election', async () => {
    const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
    const tikOrg = orgs.find((o) => o.shortName === 'ТИК Бабынинского района')!.id;
    const { plan, section, first, second } = await draftPlan('План работы на 2026 год');
    await kaluga.patch(`/api/items/${first.id}`, { executors: [{ text: 'ТИК Бабынинского района', organizationId: tikOrg }] });
    const rule = 'не позднее чем за 45 дней до дня голосования';
    await kaluga.post(`/api/plans/${plan.id}/items`, { parentId: section.id, title: 'Обучение членов УИК', deadlineText: rule });
    await admin.post(`/api/plans/${plan.id}/approve`, { act });
    const tik = client(t, await t.login('kaluga-tik'));
    const mine = (await tik.get('/api/me/occurrences?state=all')).body.occurrences.filter((o: Occurrence) => o.planId === plan.id);
    expect(mine).toHaveLength(1);
    expect((await tik.post(`/api/occurrences/${mine[0].id}/reports`, { status: 'done', text: 'Заседание проведено' })).status).toBe(201);

    const r = await kaluga.post(`/api/plans/${plan.id}/copy`, { period: { start: '2027-01-01', end: '2027-12-31' }, carryOver: true });
    expect(r.status).toBe(201);
    // The seminar was not reported; the training waited for an election that did not come: both unfinished.
    expect(r.body.carriedOver).toBe(2);
    const copy = (await admin.get(`/api/plans/${r.body.id}`)).body;
    expect(copy.title).toBe('План работы на 2027 год');
    const items = flat(copy.items);
    const byTitle = (title: string) => items.find((i) => i.title === title);
    expect(byTitle('Семинар для ТИК')!.notes).toBe(`перенесено из плана на 2026 год, п. ${second.number}`);
    expect(byTitle('Заседание комиссии')!.notes).toBeNull();
    const election = byTitle('Обучение членов УИК')!;
    expect(election.deadlineText).toBe(rule);
    expect(election.deadline!.windows ?? []).toEqual([]);
    expect(election.notes).toMatch(/^перенесено из плана на 2026 год, п\. /);
    expect(byTitle('Семинар для ТИК')!.deadline!.windows[0]!.end).toMatch(/^2027-05/);
  });

  it('bad period → 400 naming it; a plan one cannot read → 404; an executor cannot create plans → 403', async () => {
    const { plan } = await draftPlan();
    const bad = await kaluga.post(`/api/plans/${plan.id}/copy`, { period: { start: '2027-12-31', end: '2027-01-01' }, carryOver: true });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('period');
    const kuzbass = client(t, await t.login('kuzbass'));
    expect((await kuzbass.post(`/api/plans/${plan.id}/copy`, { period: { start: '2027-01-01', end: '2027-12-31' }, carryOver: true })).status).toBe(404);
    const plans: PlanSummary[] = (await admin.get('/api/plans?limit=500')).body.plans;
    const seed = plans.find((p) => p.organizationId === kalugaOrg && p.status === 'approved')!;
    const tik = client(t, await t.login('kaluga-tik'));
    expect((await tik.post(`/api/plans/${seed.id}/copy`, { period: { start: '2027-01-01', end: '2027-12-31' }, carryOver: true })).status).toBe(403);
  });
});

describe('programme → annual plans', () => {
  it('an annual plan takes the items marked for its year and links each to its programme item', async () => {
    const programme = (
      await kaluga.post('/api/plans', {
        kind: 'programme',
        title: 'Программа повышения правовой культуры на 2026–2028 годы',
        period: { start: '2026-01-01', end: '2028-12-31' },
        columns: [
          { key: 'title', title: 'Мероприятие', role: 'title' },
          { key: 'year_1', title: 'I год', role: 'year_mark' },
          { key: 'year_2', title: 'II год', role: 'year_mark' },
          { key: 'year_3', title: 'III год', role: 'year_mark' },
        ],
      })
    ).body;
    const add = (title: string, fields: Record<string, string>) =>
      kaluga.post(`/api/plans/${programme.id}/items`, { title, deadlineText: 'Весь период', fields });
    await add('Только первый год', { year_1: '+', year_2: '', year_3: '-' });
    await add('Второй и третий', { year_2: '+', year_3: '+' });
    await add('Каждый год', {});
    const r = await kaluga.post(`/api/plans/${programme.id}/annual-plans`, { year: 2027 });
    expect(r.status).toBe(201);
    const annual = (await admin.get(`/api/plans/${r.body.id}`)).body;
    expect(annual.programmeId).toBe(programme.id);
    expect(annual.period).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(flatTitles(annual.items)).toEqual(['Второй и третий', 'Каждый год']);
    expect(annual.columns.map((c: Plan['columns'][number]) => c.role)).toEqual(['title']);
    const links = await t.database.db.select().from(planLinks).where(eq(planLinks.targetPlanId, r.body.id));
    expect(
      links
        .filter((l) => l.kind === 'annual_of' && l.targetItemId)
        .map((l) => l.sourceNumber)
        .sort(),
    ).toEqual(['2', '3']);
    expect(links.filter((l) => !l.targetItemId).map((l) => [l.kind, l.sourcePlanId])).toEqual([['annual_of', programme.id]]);
    expect(await auditActions(r.body.id)).toContain('plan.annual');
    expect((await kaluga.post(`/api/plans/${programme.id}/annual-plans`, { year: 2030 })).status).toBe(400);
  });
});

function flatTitles(items: ItemNode[]): string[] {
  return items.flatMap((i) => [i.title, ...flatTitles(i.children)]);
}
