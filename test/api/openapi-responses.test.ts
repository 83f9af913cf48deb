import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #15: every route describes its answer. The OpenAPI document at /api/docs is walked operation by
 * operation; one without a 2xx response schema fails here with the instructions to add it.
 */
let t: TestApp;
let operations: { key: string; responses: Record<string, unknown> }[];

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

beforeAll(async () => {
  t = await createTestApp();
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  }>();
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    methods.filter((m) => item[m]).map((m) => ({ key: `${m.toUpperCase()} ${path}`, responses: item[m]!.responses ?? {} })),
  );
}, 120_000);
afterAll(() => t.close());

/** A 2xx answer with a body schema, or a 204 (no body). Fastify's placeholder «Default Response» does not count. */
function describesSuccess(responses: Record<string, unknown>): boolean {
  return Object.entries(responses).some(([code, response]) => {
    if (!/^2(\d\d|XX)$/i.test(code)) return false;
    if (code === '204') return true;
    const content = (response as { content?: Record<string, { schema?: unknown }> }).content ?? {};
    return Object.values(content).some((c) => c.schema !== undefined && Object.keys(c.schema as object).length > 0);
  });
}

const HOW_TO = `Declare the answer in the route's schema (src/server/routes/*.routes.ts):
  • JSON: response: { 200: someResponse } (or 201) — a zod schema exported from src/shared/<area>-api.ts beside the
    request schemas; the web app takes its type with \`import type\` and z.infer instead of a hand-written interface;
  • no body: response: { 204: noContent } from src/shared/responses.ts;
  • a file: response: { 200: fileResponse('Описание', 'application/pdf', …) } from src/shared/responses.ts.
The schema describes the JSON the client gets (dates as ISO strings); responses are checked against it
(not stripped) when serialized, so run the route's API tests — a wrong type of a declared field is a 500.`;

describe('OpenAPI: every route has a 2xx response schema', () => {
  it('the document lists the API', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it('every route declares its response', () => {
    const missing = operations.filter((o) => !describesSuccess(o.responses)).map((o) => o.key);
    expect(missing, `These routes have no 2xx response schema:\n  ${missing.join('\n  ')}\n${HOW_TO}`).toEqual([]);
  });
});
