import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPlansAndItems } from '../../src/server/repositories/search.repository.js';
import { findUserByLogin } from '../../src/server/repositories/user.repository.js';
import { createAccess } from '../../src/server/services/access.service.js';
import { toSessionUser } from '../../src/server/services/auth.service.js';
import type { SearchResult } from '../support/api-types.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #19: search ranks a capped set of candidates in one statement. What must not change
 * with the shape: the best match first, equal matches in a stable order, access decided before
 * the cap (a commission never loses its own hits to another region's, nor sees theirs).
 */
let t: TestApp;
let kuzbass: Client;
let kaluga: Client;
let kuzbassPlan: string;
let kalugaPlan: string;
const ids: Record<string, string> = {};

async function plan(c: Client, title: string) {
  const r = await c.post('/api/plans', { kind: 'work_plan', title, period: { start: '2024-01-01', end: '2024-12-31' } });
  expect(r.status).toBe(201);
  return r.body.id as string;
}
async function item(c: Client, planId: string, key: string, body: Record<string, unknown>) {
  const r = await c.post(`/api/plans/${planId}/items`, body);
  expect(r.status).toBe(201);
  ids[key] = r.body.id;
}
const visibilityOf = async (login: string) => {
  const user = toSessionUser((await findUserByLogin(t.database.db, login))!);
  return { plans: createAccess().planVisibility(user), hidden: createAccess().hiddenPlans(user) };
};

beforeAll(async () => {
  t = await createTestApp();
  kuzbass = client(t, await t.login('kuzbass'));
  kaluga = client(t, await t.login('kaluga'));
  // Another region's matches are written first, so they come first in storage order.
  kalugaPlan = await plan(kaluga, 'План Калужской комиссии');
  for (let i = 0; i < 5; i++) await item(kaluga, kalugaPlan, `kaluga${i}`, { title: `Тетраэдр ${i}: учебная модель` });
  kuzbassPlan = await plan(kuzbass, 'План Кузбасской комиссии');
  await item(kuzbass, kuzbassPlan, 'once', { title: 'Вебинар по основам избирательного права' });
  await item(kuzbass, kuzbassPlan, 'thrice', { title: 'Вебинар для членов комиссий', notes: 'Запись вебинара рассылается после каждого вебинара' });
  for (let i = 0; i < 3; i++) await item(kuzbass, kuzbassPlan, `same${i}`, { title: 'Викторина для старшеклассников' });
  await item(kuzbass, kuzbassPlan, 'tetra', { title: 'Тетраэдр: наглядное пособие для участковых комиссий' });
});
afterAll(() => t.close());

describe('search ranking', () => {
  it('puts the item that mentions the words more often first', async () => {
    const r = await kuzbass.get(`/api/search?q=${encodeURIComponent('вебинар')}`);
    expect(r.status).toBe(200);
    const mine = r.body.results.filter((x: SearchResult) => x.plan.id === kuzbassPlan).map((x: SearchResult) => x.item?.id);
    expect(mine).toEqual([ids.thrice, ids.once]);
  });

  it('orders equal matches by id, the same way every time', async () => {
    const get = async () =>
      (await kuzbass.get(`/api/search?q=${encodeURIComponent('викторина старшеклассников')}`)).body.results
        .filter((x: SearchResult) => x.plan.id === kuzbassPlan)
        .map((x: SearchResult) => x.item!.id);
    const first = await get();
    expect(first).toEqual([ids.same0, ids.same1, ids.same2].sort());
    expect(await get()).toEqual(first);
  });

  it('marks the matched words in every snippet of the page', async () => {
    const r = await kuzbass.get(`/api/search?q=${encodeURIComponent('вебинар')}&limit=5`);
    expect(r.body.results.length).toBeGreaterThan(0);
    expect(r.body.results.length).toBeLessThanOrEqual(5);
    for (const hit of r.body.results as SearchResult[]) expect(hit.snippet.some((p) => p.match && /вебинар/i.test(p.text))).toBe(true);
  });
});

describe('search access and the candidate cap', () => {
  it('never shows another region’s items', async () => {
    const r = await kuzbass.get(`/api/search?q=${encodeURIComponent('тетраэдр')}`);
    expect(r.body.results.map((x: SearchResult) => x.item?.id)).toEqual([ids.tetra]);
    const other = await kaluga.get(`/api/search?q=${encodeURIComponent('тетраэдр')}`);
    expect(other.body.results.every((x: SearchResult) => x.plan.id === kalugaPlan)).toBe(true);
    expect(other.body.results).toHaveLength(5);
  });

  it('applies access before the cap: the first candidates stored are another region’s, and the caller still gets its own', async () => {
    const hits = await searchPlansAndItems(t.database.db, await visibilityOf('kuzbass'), 'тетраэдр', 50, 2);
    expect(hits.map((h) => h.item?.id)).toEqual([ids.tetra]);
  });

  it('ranks at most the cap of matches', async () => {
    const hits = await searchPlansAndItems(t.database.db, await visibilityOf('kaluga'), 'тетраэдр', 50, 3);
    expect(hits).toHaveLength(3);
    expect(hits.every((h) => h.planId === kalugaPlan && h.item !== null)).toBe(true);
    const all = await searchPlansAndItems(t.database.db, await visibilityOf('kaluga'), 'тетраэдр', 50);
    expect(all).toHaveLength(5);
  });
});

describe('a national user’s search (the hidden plans instead of the visible ones)', () => {
  // The observer reads the Russian CEC's subtree, most of the directory; the Kyrgyz CEC is another root.
  let kgPlan: string;
  let kgItem: string;
  const tetra = async (who: Client) =>
    ((await who.get(`/api/search?q=${encodeURIComponent('тетраэдр')}`)).body.results as SearchResult[]).map((x) => x.item?.id ?? `plan:${x.plan.id}`);
  beforeAll(async () => {
    const kg = client(t, await t.login('kg-cec'));
    kgPlan = await plan(kg, 'План ЦИК КР');
    await item(kg, kgPlan, 'kg', { title: 'Тетраэдр: макет для территориальных комиссий' });
    kgItem = ids.kg!;
  });

  it('shows every region below it and nothing of another root’s unpublished plans', async () => {
    const observer = client(t, await t.login('observer'));
    const found = await tetra(observer);
    expect(found).toEqual(expect.arrayContaining([ids.tetra, ids.kaluga0, ids.kaluga4]));
    expect(found).not.toContain(kgItem);
  });

  it('shows another root’s plan once it is published, or once one of its items is assigned to the user’s commission', async () => {
    const observer = client(t, await t.login('observer'));
    await t.database.db.execute(sql`update plans set published = true where id = ${kgPlan}`);
    expect(await tetra(observer)).toContain(kgItem);
    await t.database.db.execute(sql`update plans set published = false where id = ${kgPlan}`);
    expect(await tetra(observer)).not.toContain(kgItem);
    await t.database.db.execute(sql`insert into item_executors (item_id, position, text, kind, role, organization_id)
      select ${kgItem}, 0, 'ЦИК России', 'organization', 'responsible', organization_id from users where login = 'observer'`);
    expect(await tetra(observer)).toContain(kgItem);
    await t.database.db.execute(sql`delete from item_executors where item_id = ${kgItem}`);
  });

  it('gives the same hits as checking every visible plan', async () => {
    for (const login of ['observer', 'kuzbass', 'kaluga-tik', 'kg-cec']) {
      const access = await visibilityOf(login);
      const shortcut = await searchPlansAndItems(t.database.db, access, 'тетраэдр', 50);
      const plain = await searchPlansAndItems(t.database.db, { plans: access.plans }, 'тетраэдр', 50);
      expect(shortcut).toEqual(plain);
    }
  });
});
