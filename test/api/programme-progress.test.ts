import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommissions, type Commissions } from '../factories/commissions.factory.js';
import { createUser } from '../factories/user.factory.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Occurrence, ProgrammeProgress } from '../support/api-types.js';

/** Issue #16: the programme shows its progress rolled up from its annual plans, per programme item. */
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let central: Commissions['central'];
let programmeId: string;
let annual2024: string;
let annual2025: string;

const act = { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2023-12-20', number: '7/1-7' };

beforeAll(async () => {
  t = await createTestApp();
  let executors: Commissions['tikExecutors'];
  ({ admin, owner: kaluga, executor: tik, tikExecutors: executors, central } = await createCommissions(t));
  // A past programme: every deadline of its first year has passed, whatever the date of the run.
  programmeId = (
    await kaluga.post('/api/plans', {
      kind: 'programme',
      title: 'Программа на 2024–2026 годы',
      period: { start: '2024-01-01', end: '2026-12-31' },
      columns: [
        { key: 'title', title: 'Мероприятие', role: 'title' },
        { key: 'y1', title: 'I год', role: 'year_mark' },
        { key: 'y2', title: 'II год', role: 'year_mark' },
        { key: 'y3', title: 'III год', role: 'year_mark' },
      ],
    })
  ).body.id;
  const add = (title: string, deadlineText: string, fields: Record<string, string>) =>
    kaluga.post(`/api/plans/${programmeId}/items`, { title, deadlineText, fields, executors });
  await add('Семинар первого года', 'Март', { y1: '+' });
  await add('Конкурс каждый год', 'Апрель', {});
  await add('Второй и третий годы', 'Май', { y2: '+', y3: '+' });
  await add('Отчет каждый год', 'Июнь', {});
  annual2024 = (await kaluga.post(`/api/plans/${programmeId}/annual-plans`, { year: 2024 })).body.id;
  expect((await admin.post(`/api/plans/${annual2024}/approve`, { act })).status).toBe(200);
  annual2025 = (await kaluga.post(`/api/plans/${programmeId}/annual-plans`, { year: 2025 })).body.id; // stays a draft
  const mine = ((await tik.get('/api/me/occurrences?state=all')).body.occurrences as Occurrence[]).filter((o) => o.planId === annual2024);
  const occurrenceOf = (title: string) => mine.find((o) => o.itemTitle === title)!.id;
  const seminar = (await tik.post(`/api/occurrences/${occurrenceOf('Семинар первого года')}/reports`, { status: 'done', text: 'Проведен' })).body;
  expect((await kaluga.post(`/api/reports/${seminar.id}/review`, { decision: 'accept' })).status).toBe(200);
  expect((await tik.post(`/api/occurrences/${occurrenceOf('Отчет каждый год')}/reports`, { status: 'done', text: 'Отчет сдан' })).status).toBe(201);
}, 180_000);
afterAll(() => t.close());

describe('programme progress rolled up from its annual plans', () => {
  it('per programme item: the linked annual items of each year and one state', async () => {
    const r = await kaluga.get(`/api/plans/${programmeId}/programme-progress`);
    expect(r.status).toBe(200);
    expect(r.body.annualPlans.map((p: ProgrammeProgress['annualPlans'][number]) => [p.id, p.year, p.status])).toEqual([
      [annual2024, 2024, 'approved'],
      [annual2025, 2025, 'draft'],
    ]);
    const row = (title: string) => r.body.items.find((i: ProgrammeProgress['items'][number]) => i.title === title);
    expect(r.body.items.map((i: ProgrammeProgress['items'][number]) => i.title)).toEqual([
      'Семинар первого года',
      'Конкурс каждый год',
      'Второй и третий годы',
      'Отчет каждый год',
    ]);
    expect(row('Семинар первого года')).toMatchObject({ state: 'done', tally: { total: 1, done: 1 } });
    expect(row('Семинар первого года').annual.map((a: ProgrammeProgress['items'][number]['annual'][number]) => [a.year, a.planId, a.state])).toEqual([
      [2024, annual2024, 'done'],
    ]);
    // Late in 2024, not yet in force in 2025: overdue wins.
    expect(row('Конкурс каждый год')).toMatchObject({ state: 'overdue', tally: { total: 1, overdue: 1 } });
    expect(row('Конкурс каждый год').annual.map((a: ProgrammeProgress['items'][number]['annual'][number]) => [a.year, a.state])).toEqual([
      [2024, 'overdue'],
      [2025, 'not_planned'],
    ]);
    expect(row('Второй и третий годы')).toMatchObject({ state: 'not_planned', tally: { total: 0 } });
    expect(row('Отчет каждый год')).toMatchObject({ state: 'in_progress', tally: { total: 1, submitted: 1 } });
    expect(r.body.totals).toEqual({ total: 3, done: 1, closedOther: 0, submitted: 1, overdue: 1, open: 0 });
  });

  it('an item in no annual plan yet says so', async () => {
    const extra = (await kaluga.post(`/api/plans/${programmeId}/items`, { title: 'Новое мероприятие', deadlineText: 'Июль' })).body;
    const r = await kaluga.get(`/api/plans/${programmeId}/programme-progress`);
    expect(r.body.items.find((i: ProgrammeProgress['items'][number]) => i.itemId === extra.id)).toMatchObject({ state: 'no_annual', annual: [] });
    await kaluga.del(`/api/items/${extra.id}`);
  });

  it('who may watch it: the owner and those above; an executor 403, another region 404', async () => {
    const watcher = await createUser(t.database.db, { roles: ['observer'], organizationId: central.id });
    const observer = client(t, await t.login(watcher.login, watcher.password));
    expect((await observer.get(`/api/plans/${programmeId}/programme-progress`)).status).toBe(200);
    expect((await tik.get(`/api/plans/${programmeId}/programme-progress`)).status).toBe(403);
    const kuzbass = client(t, await t.login('kuzbass'));
    expect((await kuzbass.get(`/api/plans/${programmeId}/programme-progress`)).status).toBe(404);
    expect((await kaluga.get('/api/plans/00000000-0000-4000-8000-000000000000/programme-progress')).status).toBe(404);
  });
});
