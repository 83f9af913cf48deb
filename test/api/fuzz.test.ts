import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Random bodies, query strings and path parameters against the mutating and
 * reading routes: the API must answer with a 2xx or a 4xx in the error shape,
 * never a 500.
 */
let t: TestApp;
let cookie: string;
let planId: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('kaluga');
  const plan = await t.app.inject({
    method: 'POST',
    url: '/api/plans',
    headers: { cookie, 'content-type': 'application/json' },
    payload: '{"kind":"other","title":"Фаззинг"}',
  });
  planId = JSON.parse(plan.body).id;
  const item = await t.app.inject({
    method: 'POST',
    url: `/api/plans/${planId}/items`,
    headers: { cookie, 'content-type': 'application/json' },
    payload: '{"title":"Пункт"}',
  });
  itemId = JSON.parse(item.body).id;
});
afterAll(() => t.close());

const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      title: fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(null)),
      kind: fc.oneof(fc.constantFrom('work_plan', 'section', 'item', 'other', 'x'), fc.string()),
      period: fc.oneof(
        fc.constant(null),
        fc.record({ start: fc.string(), end: fc.string() }),
        fc.record({ start: fc.constant('2025-02-31'), end: fc.constant('2025-01-01') }),
      ),
      parentId: fc.oneof(fc.uuid(), fc.string(), fc.constant(null)),
      position: fc.oneof(fc.integer(), fc.double(), fc.string()),
      version: fc.oneof(fc.integer(), fc.string()),
      deadlineText: fc.oneof(fc.string({ maxLength: 3000 }), fc.constant(null)),
      executors: fc.array(fc.oneof(fc.record({ text: fc.string(), kind: fc.string() }), fc.string()), { maxLength: 3 }),
      fields: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.array(fc.string())),
      status: fc.string(),
      login: fc.string(),
      password: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

const routes = (): [string, string][] => [
  ['POST', '/api/plans'],
  ['PATCH', `/api/plans/${planId}`],
  ['POST', `/api/plans/${planId}/items`],
  ['PATCH', `/api/items/${itemId}`],
  ['POST', `/api/items/${itemId}/move`],
  ['POST', '/api/auth/login'],
  ['POST', '/api/auth/password'],
  ['POST', '/api/tokens'],
  ['POST', '/api/organizations'],
  ['POST', '/api/users'],
  ['POST', '/api/people'],
  ['POST', '/api/imports/00000000-0000-4000-8000-000000000000/confirm'],
];

function assertErrorShape(status: number, body: string) {
  expect(status).toBeLessThan(500);
  if (status >= 400) {
    const parsed = JSON.parse(body);
    expect(typeof parsed.error.code).toBe('string');
    expect(typeof parsed.error.message).toBe('string');
  }
}

describe('API fuzzing', () => {
  it('random JSON bodies never cause a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), jsonValue, async ([method, url], body) => {
        const r = await t.app.inject({ method: method as 'POST', url, headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
        assertErrorShape(r.statusCode, r.body);
      }),
      { numRuns: 250 },
    );
  }, 240_000);

  it('random raw payloads and content types never cause a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes()),
        fc.string({ maxLength: 400 }),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'),
        async ([method, url], payload, type) => {
          const r = await t.app.inject({ method: method as 'POST', url, headers: { cookie, 'content-type': type }, payload });
          assertErrorShape(r.statusCode, r.body);
        },
      ),
      { numRuns: 150 },
    );
  }, 240_000);

  it('random query strings and path parameters never cause a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/plans?', '/api/audit?', '/api/search?', '/api/people?', '/api/plans/', '/api/items/', `/api/plans/${planId}/diff?`),
        fc.string({ maxLength: 80 }),
        async (prefix, tail) => {
          const r = await t.app.inject({
            method: 'GET',
            url: prefix + encodeURIComponent(tail).replace(/%3D/g, '=').replace(/%26/g, '&'),
            headers: { cookie },
          });
          assertErrorShape(r.statusCode, r.body);
        },
      ),
      { numRuns: 200 },
    );
  }, 240_000);
});
