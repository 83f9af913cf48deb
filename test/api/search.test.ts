import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetParts } from '../../src/server/services/search.service.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { SearchResult } from '../support/api-types.js';

let t: TestApp;
let kuzbass: Client;
let kaluga: Client;
let planId: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  kuzbass = client(t, await t.login('kuzbass'));
  kaluga = client(t, await t.login('kaluga'));
  const plan = await kuzbass.post('/api/plans', {
    kind: 'work_plan',
    title: 'План обучения организаторов выборов на 2022 год',
    period: { start: '2022-01-01', end: '2022-12-31' },
  });
  expect(plan.status).toBe(201);
  planId = plan.body.id;
  const section = await kuzbass.post(`/api/plans/${planId}/items`, { kind: 'section', title: 'Организация и проведение мероприятий' });
  const item = await kuzbass.post(`/api/plans/${planId}/items`, {
    parentId: section.body.id,
    title: 'Организация и проведение Дня молодого избирателя',
    deadlineText: 'Февраль',
  });
  itemId = item.body.id;
  await kuzbass.post(`/api/plans/${planId}/items`, {
    parentId: section.body.id,
    title: 'Изучение опыта работы',
    fields: { result: 'Подготовлены аналитические справки для библиотек' },
  });
});
afterAll(() => t.close());

describe('GET /api/search', () => {
  it('finds an item by another word form (Russian stemming) and shows where the match is', async () => {
    const r = await kuzbass.get(`/api/search?q=${encodeURIComponent('молодого избирателя')}`);
    expect(r.status).toBe(200);
    const hit = r.body.results.find((x: SearchResult) => x.item?.id === itemId);
    expect(hit).toMatchObject({ type: 'item', plan: { id: planId }, item: { number: '1.1', title: 'Организация и проведение Дня молодого избирателя' } });
    const marked = hit.snippet.filter((p: SearchResult['snippet'][number]) => p.match).map((p: SearchResult['snippet'][number]) => p.text);
    expect(marked).toEqual(['молодого', 'избирателя']);
    expect(hit.snippet.map((p: SearchResult['snippet'][number]) => p.text).join('')).toContain('Дня молодого избирателя');
  });

  it('matches inflected queries and plan titles', async () => {
    const r = await kuzbass.get(`/api/search?q=${encodeURIComponent('молодой избиратель')}`);
    expect(r.body.results.some((x: SearchResult) => x.item?.id === itemId)).toBe(true);
    const plans = await kuzbass.get(`/api/search?q=${encodeURIComponent('обучение организатора')}`);
    expect(plans.body.results.some((x: SearchResult) => x.type === 'plan' && x.plan.id === planId)).toBe(true);
  });

  it('searches the values of the plan’s own columns', async () => {
    const r = await kuzbass.get(`/api/search?q=${encodeURIComponent('библиотека')}`);
    // The seed plans mention libraries too: look for the hit in this test's plan.
    const hit = r.body.results.find((x: SearchResult) => x.type === 'item' && x.plan.id === planId);
    expect(hit.item.title).toBe('Изучение опыта работы');
    expect(hit.snippet.some((p: SearchResult['snippet'][number]) => p.match && p.text === 'библиотек')).toBe(true);
  });

  it('never shows plans the caller may not read', async () => {
    const r = await kaluga.get(`/api/search?q=${encodeURIComponent('молодого избирателя')}`);
    expect(r.status).toBe(200);
    expect(r.body.results.some((x: SearchResult) => x.plan.id === planId)).toBe(false);
  });

  it('accepts web-search syntax without SQL errors', async () => {
    for (const q of ['"молодого избирателя"', 'избирателя -библиотек', 'or', '(((', "'; drop table plans; --"]) {
      const r = await kuzbass.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
    }
  });

  it('rejects an empty query with a Russian message, and needs a session', async () => {
    const r = await kuzbass.get('/api/search?q=%20');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/Введите текст/);
    const anon = await client(t, null).get('/api/search?q=plan');
    expect(anon.status).toBe(401);
  });
});

describe('snippetParts', () => {
  it('splits ts_headline markers into plain segments, tolerating a missing stop marker', () => {
    expect(snippetParts('Дня \u27eaмолодого\u27eb \u27eaизбирателя\u27eb.')).toEqual([
      { text: 'Дня ', match: false },
      { text: 'молодого', match: true },
      { text: ' ', match: false },
      { text: 'избирателя', match: true },
      { text: '.', match: false },
    ]);
    expect(snippetParts('a \u27ebb\u27eac')).toEqual([
      { text: 'a \u27ebb', match: false },
      { text: 'c', match: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});
