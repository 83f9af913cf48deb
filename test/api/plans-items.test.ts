import { gunzipSync } from 'node:zlib';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ItemNode, PlanSummary } from '../support/api-types.js';

let t: TestApp;
let kaluga: Client;
let kuzbass: Client;
let observer: Client;

beforeAll(async () => {
  t = await createTestApp();
  kaluga = client(t, await t.login('kaluga'));
  kuzbass = client(t, await t.login('kuzbass'));
  observer = client(t, await t.login('observer'));
});
afterAll(() => t.close());

async function newPlan(c: Client = kaluga, overrides: Record<string, unknown> = {}) {
  const r = await c.post('/api/plans', {
    kind: 'work_plan',
    title: 'План работы на 2025 год',
    period: { start: '2025-01-01', end: '2025-12-31' },
    ...overrides,
  });
  expect(r.status).toBe(201);
  return r.body;
}

/** Flattens the GET /api/plans/:id tree into "number title" lines. */
async function outline(planId: string): Promise<string[]> {
  const r = await kaluga.get(`/api/plans/${planId}`);
  expect(r.status).toBe(200);
  const out: string[] = [];
  const walk = (nodes: ItemNode[]) => nodes.forEach((n) => (out.push(`${n.number} ${n.title}`), walk(n.children)));
  walk(r.body.items);
  return out;
}

async function addItem(planId: string, title: string, extra: Record<string, unknown> = {}) {
  const r = await kaluga.post(`/api/plans/${planId}/items`, { title, ...extra });
  expect(r.status).toBe(201);
  return r.body;
}

describe('plans', () => {
  it('creates, reads, lists and updates a plan', async () => {
    const plan = await newPlan();
    expect(plan).toMatchObject({ title: 'План работы на 2025 год', status: 'draft', version: 1, items: [] });
    const list = await kaluga.get('/api/plans?year=2025');
    expect(list.body.plans.map((p: PlanSummary) => p.id)).toContain(plan.id);
    const other = await kaluga.get('/api/plans?year=2019');
    expect(other.body.plans.map((p: PlanSummary) => p.id)).not.toContain(plan.id);
    const patched = await kaluga.patch(`/api/plans/${plan.id}`, {
      version: plan.version,
      title: 'План работы на 2025 год (уточненный)',
      approval: { authority: 'Избирательная комиссия Калужской области', date: '2024-12-20', number: '5/12-7' },
      abbreviations: [{ short: 'ТИК', full: 'территориальные избирательные комиссии' }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, approval: { number: '5/12-7' }, abbreviations: [{ short: 'ТИК' }] });
  });

  it('a stale version → 409 and nothing changes', async () => {
    const plan = await newPlan();
    await kaluga.patch(`/api/plans/${plan.id}`, { version: 1, title: 'Первое изменение' });
    const stale = await kaluga.patch(`/api/plans/${plan.id}`, { version: 1, title: 'Второе изменение' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect((await kaluga.get(`/api/plans/${plan.id}`)).body.title).toBe('Первое изменение');
  });

  it('another region cannot see a plan: 404, not 403', async () => {
    const plan = await newPlan();
    const r = await kuzbass.get(`/api/plans/${plan.id}`);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('plan_not_found');
    expect((await kuzbass.get('/api/plans')).body.plans.map((p: PlanSummary) => p.id)).not.toContain(plan.id);
  });

  it('the observer reads but changes nothing', async () => {
    const plan = await newPlan();
    expect((await observer.get(`/api/plans/${plan.id}`)).status).toBe(200);
    const r = await observer.patch(`/api/plans/${plan.id}`, { title: 'x' });
    expect(r.status).toBe(403);
    expect((await observer.post(`/api/plans/${plan.id}/items`, { title: 'x' })).status).toBe(403);
    expect((await observer.del(`/api/plans/${plan.id}`)).status).toBe(403);
    expect((await kaluga.get(`/api/plans/${plan.id}`)).body.title).toBe('План работы на 2025 год');
  });

  it('deletes a plan with its items', async () => {
    const plan = await newPlan();
    const item = await addItem(plan.id, 'Пункт');
    expect((await kaluga.del(`/api/plans/${plan.id}`)).status).toBe(204);
    expect((await kaluga.get(`/api/plans/${plan.id}`)).status).toBe(404);
    expect((await kaluga.get(`/api/items/${item.id}`)).status).toBe(404);
  });
});

describe('transfer', () => {
  it('a plan is sent compressed to a client that accepts gzip, and the JSON without parse trees', async () => {
    const { plans } = (await kaluga.get('/api/plans')).body;
    const seed = plans.find((p: PlanSummary) => p.itemCount > 50);
    const cookie = await t.login('kaluga');
    const zipped = await t.app.inject({ method: 'GET', url: `/api/plans/${seed.id}`, headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const json = gunzipSync(zipped.rawPayload).toString('utf8');
    expect(zipped.rawPayload.length).toBeLessThan(json.length / 3);
    const plan = JSON.parse(json);
    expect(plan.id).toBe(seed.id);
    expect(json).not.toContain('"parsed"');
    const first = plan.items[0].children[0];
    // The phrase itself is the item's deadlineText; the tree does not repeat it inside the deadline.
    expect(first.deadlineText).toBe('Январь');
    expect(first.deadline).toEqual({ kind: 'range', flags: [], windows: [{ start: '2022-01-01', end: '2022-01-31' }], recurrence: null, legal_basis: null });
    const small = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('bad input', () => {
  it.each<[string, string, string, unknown, number, string, RegExp?]>([
    ['invalid JSON', 'POST', '/api/plans', '{"title": ', 400, 'invalid_json'],
    ['missing title', 'POST', '/api/plans', { kind: 'work_plan' }, 400, 'validation_failed', /title/],
    ['unknown kind', 'POST', '/api/plans', { kind: 'nonsense', title: 'x' }, 400, 'validation_failed', /kind/],
    [
      'malformed date',
      'POST',
      '/api/plans',
      { kind: 'other', title: 'x', period: { start: '2025-13-45x', end: '2025-12-31' } },
      400,
      'validation_failed',
      /period\.start/,
    ],
    ['period backwards', 'POST', '/api/plans', { kind: 'other', title: 'x', period: { start: '2025-12-31', end: '2025-01-01' } }, 400, 'validation_failed'],
    ['bad uuid', 'GET', '/api/plans/not-a-uuid', undefined, 400, 'validation_failed', /id/],
    ['unknown plan', 'GET', '/api/plans/00000000-0000-4000-8000-000000000000', undefined, 404, 'plan_not_found'],
    ['unknown item', 'GET', '/api/items/00000000-0000-4000-8000-000000000000', undefined, 404, 'item_not_found'],
    ['unknown route', 'GET', '/api/nothing-here', undefined, 404, 'route_not_found'],
    [
      'negative position',
      'POST',
      '/api/items/00000000-0000-4000-8000-000000000000/move',
      { parentId: null, position: -1 },
      400,
      'validation_failed',
      /position/,
    ],
  ])('%s: %s %s', async (_name, method, url, payload, status, code, message) => {
    const r = await kaluga.raw(method as 'GET', url, payload);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(typeof r.body.error.message).toBe('string');
    if (message) expect(r.body.error.message).toMatch(message);
  });

  it('a failed request writes nothing', async () => {
    const before = (await kaluga.get('/api/plans')).body.plans.length;
    await kaluga.post('/api/plans', { kind: 'other', title: 'x', period: { start: '2025-12-31', end: '2025-01-01' } });
    expect((await kaluga.get('/api/plans')).body.plans.length).toBe(before);
  });
});

describe('items renumber the tree', () => {
  it('creates items and sections with hierarchical numbers', async () => {
    const plan = await newPlan();
    const s1 = await addItem(plan.id, 'Раздел А', { kind: 'section' });
    const s2 = await addItem(plan.id, 'Раздел Б', { kind: 'section' });
    await addItem(plan.id, 'а1', { parentId: s1.id });
    const a2 = await addItem(plan.id, 'а2', { parentId: s1.id });
    await addItem(plan.id, 'б1', { parentId: s2.id });
    await addItem(plan.id, 'а2-1', { parentId: a2.id });
    await addItem(plan.id, 'а0', { parentId: s1.id, position: 0 });
    expect(await outline(plan.id)).toEqual(['1 Раздел А', '1.1 а0', '1.2 а1', '1.3 а2', '1.3.1 а2-1', '2 Раздел Б', '2.1 б1']);
  });

  type Step = (ids: Record<string, string>, planId: string) => Promise<unknown>;
  const move = (id: string, parentId: string | null, position: number) => kaluga.post(`/api/items/${id}/move`, { parentId, position });

  it.each<[string, Step, string[]]>([
    ['move a subtree to another section', (ids) => move(ids.a2!, ids.B!, 0), ['1 A', '1.1 a1', '2 B', '2.1 a2', '2.1.1 a2x', '2.2 b1', '3 C']],
    ['move a section to the end', (ids) => move(ids.A!, null, 99), ['1 B', '1.1 b1', '2 C', '3 A', '3.1 a1', '3.2 a2', '3.2.1 a2x']],
    ['move an item to the top level first', (ids) => move(ids.b1!, null, 0), ['1 b1', '2 A', '2.1 a1', '2.2 a2', '2.2.1 a2x', '3 B', '4 C']],
    ['indent (under the previous sibling)', (ids) => move(ids.B!, ids.A!, 2), ['1 A', '1.1 a1', '1.2 a2', '1.2.1 a2x', '1.3 B', '1.3.1 b1', '2 C']],
    ['outdent (after the parent)', (ids) => move(ids.a2x!, ids.A!, 2), ['1 A', '1.1 a1', '1.2 a2', '1.3 a2x', '2 B', '2.1 b1', '3 C']],
    ['delete a middle item', (ids) => kaluga.del(`/api/items/${ids.a1}`), ['1 A', '1.1 a2', '1.1.1 a2x', '2 B', '2.1 b1', '3 C']],
    ['delete a section with its subtree', (ids) => kaluga.del(`/api/items/${ids.A}`), ['1 B', '1.1 b1', '2 C']],
    [
      'insert in the middle',
      (ids, planId) => addItem(planId, 'new', { parentId: ids.A, position: 1 }),
      ['1 A', '1.1 a1', '1.2 new', '1.3 a2', '1.3.1 a2x', '2 B', '2.1 b1', '3 C'],
    ],
  ])('%s', async (_name, step, expected) => {
    const plan = await newPlan();
    const ids: Record<string, string> = {};
    ids.A = (await addItem(plan.id, 'A')).id;
    ids.a1 = (await addItem(plan.id, 'a1', { parentId: ids.A })).id;
    ids.a2 = (await addItem(plan.id, 'a2', { parentId: ids.A })).id;
    ids.a2x = (await addItem(plan.id, 'a2x', { parentId: ids.a2 })).id;
    ids.B = (await addItem(plan.id, 'B')).id;
    ids.b1 = (await addItem(plan.id, 'b1', { parentId: ids.B })).id;
    ids.C = (await addItem(plan.id, 'C')).id;
    const r = (await step(ids, plan.id)) as { status?: number };
    if (r && typeof r === 'object' && 'status' in r && typeof r.status === 'number') expect(r.status).toBeLessThan(300);
    expect(await outline(plan.id)).toEqual(expected);
  });

  it.each<[string, (ids: Record<string, string>) => [string, unknown], number, string]>([
    ['into its own descendant', (ids) => [ids.A!, { parentId: ids.a1, position: 0 }], 400, 'validation_failed'],
    ['under an item of another plan', (ids) => [ids.A!, { parentId: ids.foreign, position: 0 }], 400, 'validation_failed'],
  ])('refuses a move %s, changing nothing', async (_name, make, status, code) => {
    const plan = await newPlan();
    const other = await newPlan();
    const ids: Record<string, string> = {};
    ids.A = (await addItem(plan.id, 'A')).id;
    ids.a1 = (await addItem(plan.id, 'a1', { parentId: ids.A })).id;
    ids.foreign = (await addItem(other.id, 'x')).id;
    const [id, body] = make(ids);
    const r = await kaluga.post(`/api/items/${id}/move`, body);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(await outline(plan.id)).toEqual(['1 A', '1.1 a1']);
  });

  it('updates an item: deadline resolved, executors matched to the directory, stale version refused', async () => {
    const plan = await newPlan();
    const item = await addItem(plan.id, 'Семинар', {
      deadlineText: 'Июль, декабрь',
      executors: [
        { text: 'ИККО', kind: 'organization' },
        { text: 'Иванов И.И.', kind: 'person' },
      ],
    });
    expect(item.deadline).toMatchObject({ text: 'Июль, декабрь' });
    expect(item.executors).toHaveLength(2);
    expect(item.executors[0].organizationId).toBeTruthy();
    expect(item.executors[1].organizationId).toBeNull();
    const updated = await kaluga.patch(`/api/items/${item.id}`, { version: item.version, title: 'Семинар-совещание', deadlineText: 'Март' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: 'Семинар-совещание', deadlineText: 'Март', version: item.version + 1 });
    const stale = await kaluga.patch(`/api/items/${item.id}`, { version: item.version, title: 'Опоздавшее изменение' });
    expect(stale.status).toBe(409);
    expect((await kaluga.get(`/api/items/${item.id}`)).body.title).toBe('Семинар-совещание');
  });
});

describe('concurrent edits', () => {
  it('parallel inserts into one plan keep the numbering consistent', async () => {
    const plan = await newPlan();
    await Promise.all(Array.from({ length: 16 }, (_, i) => kaluga.post(`/api/plans/${plan.id}/items`, { title: `п${i}`, position: 0 })));
    const lines = await outline(plan.id);
    expect(lines.map((l) => l.split(' ')[0])).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(new Set(lines.map((l) => l.split(' ')[1])).size).toBe(16);
  });
});

describe('audit', () => {
  it('writes one event per mutation, with actor and before/after', async () => {
    const since = new Date(Date.now() - 1000);
    const plan = await newPlan();
    const a = await addItem(plan.id, 'A');
    const b = await addItem(plan.id, 'B');
    await kaluga.patch(`/api/items/${a.id}`, { title: 'A2' });
    await kaluga.post(`/api/items/${b.id}/move`, { parentId: null, position: 0 });
    await kaluga.del(`/api/items/${a.id}`);
    await kaluga.patch(`/api/plans/${plan.id}`, { title: 'Новое название' });
    // Refused mutations write nothing.
    await observer.patch(`/api/plans/${plan.id}`, { title: 'x' });
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.planId, plan.id), gt(auditEvents.at, since)))
      .orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(['plan.create', 'item.create', 'item.create', 'item.update', 'item.move', 'item.delete', 'plan.update']);
    const me = (await kaluga.get('/api/auth/me')).body.user;
    expect(new Set(events.map((e) => e.actorId))).toEqual(new Set([me.id]));
    const update = events.find((e) => e.action === 'item.update')!;
    expect(update.before).toMatchObject({ title: 'A' });
    expect(update.after).toMatchObject({ title: 'A2' });
    const moved = events.find((e) => e.action === 'item.move')!;
    expect(moved.before).toMatchObject({ number: '2' });
    expect(moved.after).toMatchObject({ number: '1' });
    expect(events.find((e) => e.action === 'plan.update')!.before).toMatchObject({ title: 'План работы на 2025 год' });
  });
});
