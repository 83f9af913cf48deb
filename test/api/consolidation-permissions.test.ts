import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { LinkedPlan, Organization, PlanSummary } from '../support/api-types.js';

/**
 * Permission matrix of the consolidation routes (issue #17), written from the intent:
 * the region cascades, consolidates and watches its ТИКs; a ТИК reads its own plan and
 * what concerns it, submits its own plan (its chairman), never another's; another
 * region's ТИК sees nothing (404); the CEC's observer reads everything below it and changes nothing.
 * Resources: R — a Kaluga regional plan in force with items for «ТИК»; T — the plan of ТИК
 * Бабынинского района it cascaded to; C — Kaluga's consolidated plan.
 * Codes: 2 = allowed (2xx), 3 = forbidden (403), 4 = not visible (404).
 */
const actors = ['kaluga', 'babynino-chair', 'kaluga-tik', 'kuzbass-tik', 'observer'] as const;
type Actor = (typeof actors)[number];

let t: TestApp;
let admin: Client;
const as = new Map<Actor, Client>();
const org: Record<string, string> = {};
let R: string;
let T: string;
let C: string;
let rItem: string;
const act = { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2026-01-20', number: 'м-1' };
const statusClass = (status: number) => (status >= 200 && status < 300 ? 2 : status === 403 ? 3 : status === 404 ? 4 : status);

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  for (const o of (await admin.get('/api/organizations')).body.organizations as Organization[]) org[String(o.shortName)] = o.id;
  await admin.post('/api/users', {
    login: 'babynino-chair',
    displayName: 'Председатель ТИК',
    organizationId: org['ТИК Бабынинского района'],
    roles: ['planner', 'controller'],
    password: 'Временный2026',
  });
  for (const a of actors) {
    const password = a === 'babynino-chair' ? 'Временный2026' : 'demo';
    const c = client(t, await t.login(a, password));
    if (a === 'babynino-chair') await c.post('/api/auth/password', { currentPassword: password, newPassword: 'Постоянный2026' });
    as.set(a, c);
  }
  const kaluga = as.get('kaluga')!;
  R = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План для матрицы', period: { start: '2026-01-01', end: '2026-12-31' } })).body.id;
  rItem = (await kaluga.post(`/api/plans/${R}/items`, { title: 'Семинар', deadlineText: 'Март', executors: [{ text: 'ТИК' }] })).body.id;
  await kaluga.post(`/api/plans/${R}/items`, { title: 'Заседание', deadlineText: 'Май', executors: [{ text: 'ИККО', organizationId: org['ИККО'] }] });
  const cascade = await kaluga.post(`/api/plans/${R}/cascade`, { executorClass: 'ТИК', dueDate: '2026-02-01' });
  T = cascade.body.plans.find((p: LinkedPlan) => p.organizationId === org['ТИК Бабынинского района']).id;
  expect((await admin.post(`/api/plans/${R}/approve`, { act })).status).toBe(200);
  expect((await admin.post(`/api/plans/${T}/approve`, { act: { ...act, kind: 'решение', authority: 'ТИК' } })).status).toBe(200);
  C = (
    await kaluga.post('/api/plans/consolidated', { organizationId: org['ИККО'], period: { start: '2026-01-01', end: '2026-12-31' }, sources: [{ planId: R }] })
  ).body.id;
}, 180_000);
afterAll(() => t.close());

type Case = { action: string; expected: Record<Actor, number>; run: (c: Client, actor: Actor) => Promise<{ status: number }> };

let round = 0;
const cases: Case[] = [
  {
    action: 'POST /api/plans/R/cascade',
    // A ТИК reads the regional plan in force (it has items for it) but may not cascade it; Kuzbass's ТИК does not see it.
    expected: { kaluga: 2, 'babynino-chair': 3, 'kaluga-tik': 3, 'kuzbass-tik': 4, observer: 3 },
    run: (c) => c.post(`/api/plans/${R}/cascade`, { executorClass: 'ТИК' }),
  },
  {
    action: 'GET /api/plans/R/linked',
    expected: { kaluga: 2, 'babynino-chair': 2, 'kaluga-tik': 2, 'kuzbass-tik': 4, observer: 2 },
    run: (c) => c.get(`/api/plans/${R}/linked`),
  },
  {
    action: 'GET /api/plans/T/linked',
    expected: { kaluga: 2, 'babynino-chair': 2, 'kaluga-tik': 2, 'kuzbass-tik': 4, observer: 2 },
    run: (c) => c.get(`/api/plans/${T}/linked`),
  },
  {
    action: 'GET /api/plans/T/sources',
    expected: { kaluga: 2, 'babynino-chair': 2, 'kaluga-tik': 2, 'kuzbass-tik': 4, observer: 2 },
    run: (c) => c.get(`/api/plans/${T}/sources`),
  },
  {
    action: 'GET /api/plans/T/updates',
    expected: { kaluga: 2, 'babynino-chair': 2, 'kaluga-tik': 2, 'kuzbass-tik': 4, observer: 2 },
    run: (c) => c.get(`/api/plans/${T}/updates`),
  },
  {
    action: 'POST /api/plans/T/submit',
    // Only the ТИК's own planner or chairman submits; the region reads the plan but does not submit it for the ТИК.
    expected: { kaluga: 3, 'babynino-chair': 2, 'kaluga-tik': 3, 'kuzbass-tik': 4, observer: 3 },
    run: (c) => c.post(`/api/plans/${T}/submit`),
  },
  {
    action: 'POST /api/plans/consolidated (Kaluga)',
    expected: { kaluga: 2, 'babynino-chair': 3, 'kaluga-tik': 3, 'kuzbass-tik': 3, observer: 3 },
    run: (c) =>
      c.post('/api/plans/consolidated', { organizationId: org['ИККО'], period: { start: '2026-01-01', end: '2026-12-31' }, sources: [{ planId: R }] }),
  },
  {
    action: 'POST /api/plans/C/updates/:item/accept',
    // The consolidated plan names only the region's own items here: a ТИК does not see it.
    expected: { kaluga: 2, 'babynino-chair': 4, 'kaluga-tik': 4, 'kuzbass-tik': 4, observer: 3 },
    run: async (c) => {
      // A fresh change of the source each time, so an allowed caller has something to accept.
      await admin.patch(`/api/items/${rItem}`, { title: `Семинар (ред. ${++round})` });
      const pending = (await admin.get(`/api/plans/${C}/updates`)).body.updates;
      expect(pending).toHaveLength(1);
      const res = await c.post(`/api/plans/${C}/updates/${pending[0].itemId}/accept`);
      const left = (await admin.get(`/api/plans/${C}/updates`)).body.updates;
      expect(left).toHaveLength(statusClass(res.status) === 2 ? 0 : 1);
      if (left.length) await admin.post(`/api/plans/${C}/updates/${pending[0].itemId}/accept`);
      return res;
    },
  },
  {
    action: 'GET /api/organizations/ИККО/consolidation',
    // The directory is public, so a body is visible: watching it needs plan reading there (403 otherwise).
    expected: { kaluga: 2, 'babynino-chair': 3, 'kaluga-tik': 3, 'kuzbass-tik': 3, observer: 2 },
    run: (c) => c.get(`/api/organizations/${org['ИККО']}/consolidation?year=2026`),
  },
  {
    action: 'GET /api/organizations/ТИК/consolidation',
    expected: { kaluga: 2, 'babynino-chair': 2, 'kaluga-tik': 2, 'kuzbass-tik': 3, observer: 2 },
    run: (c) => c.get(`/api/organizations/${org['ТИК Бабынинского района']}/consolidation?year=2026`),
  },
];

describe.each(cases)('$action', ({ expected, run }) => {
  it.each(actors)('%s', async (actor) => {
    const res = await run(as.get(actor)!, actor);
    expect(res.status, JSON.stringify((res as { body?: unknown }).body)).not.toBe(500);
    expect(statusClass(res.status)).toBe(expected[actor]);
  });
});

describe('unknown ids', () => {
  it('404 for a plan or organisation that does not exist', async () => {
    const kaluga = as.get('kaluga')!;
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await kaluga.post(`/api/plans/${missing}/cascade`, { executorClass: 'ТИК' })).status).toBe(404);
    expect((await kaluga.get(`/api/plans/${missing}/linked`)).status).toBe(404);
    expect((await kaluga.post(`/api/plans/${missing}/submit`)).status).toBe(404);
    expect((await kaluga.get(`/api/organizations/${missing}/consolidation`)).status).toBe(404);
    expect(
      (
        await kaluga.post('/api/plans/consolidated', {
          organizationId: org['ИККО'],
          period: { start: '2026-01-01', end: '2026-12-31' },
          sources: [{ planId: missing }],
        })
      ).status,
    ).toBe(404);
  });

  it('another region’s plan as a source of Kaluga’s consolidated plan: 404, nothing created', async () => {
    const kuzbassPlan = (await admin.get('/api/plans')).body.plans.find((p: PlanSummary) => p.organizationId === org['ИККО – Кузбасса']);
    const r = await as.get('kaluga')!.post('/api/plans/consolidated', {
      organizationId: org['ИККО'],
      period: { start: '2027-01-01', end: '2027-12-31' },
      sources: [{ planId: kuzbassPlan.id }],
    });
    expect(r.status).toBe(404);
    const plans = (await admin.get('/api/plans?kind=consolidated')).body.plans.filter((p: PlanSummary) => p.period?.start === '2027-01-01');
    expect(plans).toEqual([]);
  });
});
