import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Plan } from '../support/api-types.js';

let t: TestApp;
let kuzbass: Client;
let kaluga: Client;
let planId: string;
let itemId: string;

const read = (c: Client | null, id: string, etag?: string) =>
  t.app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: { ...(c ? { cookie: cookieOf.get(c)! } : {}), ...(etag ? { 'if-none-match': etag } : {}) } });
const cookieOf = new Map<Client, string>();

beforeAll(async () => {
  t = await createTestApp();
  const kc = await t.login('kuzbass');
  kuzbass = client(t, kc);
  cookieOf.set(kuzbass, kc);
  const lc = await t.login('kaluga');
  kaluga = client(t, lc);
  cookieOf.set(kaluga, lc);
  const plan = await kuzbass.post('/api/plans', { kind: 'work_plan', title: 'План для проверки ETag', period: { start: '2026-01-01', end: '2026-12-31' } });
  planId = plan.body.id;
  itemId = (await kuzbass.post(`/api/plans/${planId}/items`, { title: 'Семинар', deadlineText: 'до 1 марта', executors: [{ text: 'ТИК' }] })).body.id;
});
afterAll(() => t.close());

describe('GET /api/plans/:id with ETag', () => {
  it('answers 304 without a body to a matching If-None-Match, and 200 to a stale or absent one', async () => {
    const first = await read(kuzbass, planId);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await read(kuzbass, planId, etag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // No announced body either: «content-length: 4» (a serialized null) breaks keep-alive clients.
    expect(again.headers['content-length'] ?? '0').toBe('0');
    expect(again.headers['content-type']).toBeUndefined();
    expect(again.headers.etag).toBe(etag);
    expect((await read(kuzbass, planId, `"other", ${etag}`)).statusCode).toBe(304);
    expect((await read(kuzbass, planId, '"other"')).statusCode).toBe(200);
    // The same answer, byte for byte, from the cache.
    expect((await read(kuzbass, planId)).body).toBe(first.body);
  });

  it('every change of the plan, its items, executors or glossary changes the ETag and the answer', async () => {
    const changes: [string, () => Promise<unknown>, (plan: Plan) => void][] = [
      ['item edit', () => kuzbass.patch(`/api/items/${itemId}`, { title: 'Семинар для ТИК' }), (p) => expect(p.items[0]!.title).toBe('Семинар для ТИК')],
      ['new item', () => kuzbass.post(`/api/plans/${planId}/items`, { title: 'Совещание' }), (p) => expect(p.items).toHaveLength(2)],
      ['plan edit', () => kuzbass.patch(`/api/plans/${planId}`, { title: 'План для проверки ETag (изм.)' }), (p) => expect(p.title).toMatch(/изм/)],
      [
        'glossary',
        () => kuzbass.patch(`/api/plans/${planId}`, { abbreviations: [{ short: 'ТИК', full: 'территориальная избирательная комиссия' }] }),
        (p) => expect(p.abbreviations).toHaveLength(1),
      ],
      // Written past the services (as a deadline re-dating or a migration would): the database bumps the revision.
      [
        'direct item update',
        () => t.database.db.execute(sql`update plan_items set notes = 'из базы' where id = ${itemId}`),
        (p) => expect(p.items[0]!.notes).toBe('из базы'),
      ],
      [
        'direct executor update',
        () => t.database.db.execute(sql`update item_executors set text = 'ТИК № 2' where item_id = ${itemId}`),
        (p) => expect(p.items[0]!.executors[0]!.text).toBe('ТИК № 2'),
      ],
      [
        'item delete',
        () => t.database.db.execute(sql`delete from plan_items where plan_id = ${planId} and id <> ${itemId}`),
        (p) => expect(p.items).toHaveLength(1),
      ],
    ];
    let etag = (await read(kuzbass, planId)).headers.etag as string;
    for (const [name, change, check] of changes) {
      await change();
      const r = await read(kuzbass, planId, etag);
      expect(r.statusCode, name).toBe(200);
      expect(r.headers.etag, name).not.toBe(etag);
      check(JSON.parse(r.body));
      etag = r.headers.etag as string;
    }
  });

  it('a valid ETag does not open a plan to someone who may not read it', async () => {
    const etag = (await read(kuzbass, planId)).headers.etag as string;
    expect((await read(kaluga, planId, etag)).statusCode).toBe(404);
    expect((await read(null, planId, etag)).statusCode).toBe(401);
  });

  it('the tree carries what the plan page needs, not the deadline engine’s parse', async () => {
    const plan = JSON.parse((await read(kuzbass, planId)).body);
    const item = plan.items[0];
    expect(item.deadline).toMatchObject({ kind: expect.any(String), windows: expect.any(Array) });
    expect(item.deadline.parsed).toBeUndefined();
  });
});

describe('the plan tree payload', () => {
  it('leaves out what only repeats; the item endpoint keeps the full item', async () => {
    const plan = JSON.parse((await read(kuzbass, planId)).body);
    const node = plan.items[0];
    expect(node.planId).toBeUndefined();
    expect(node.deadline?.text).toBeUndefined();
    const item = (await kuzbass.get(`/api/items/${node.id}`)).body;
    expect(item.planId).toBe(planId);
  });
});
