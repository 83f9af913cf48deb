import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavyDocx } from '../fixtures/heavy-docx.fixture.js';
import { multipart } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('kuzbass');
});
afterAll(() => t.close());

describe('imports are parsed off the main thread', () => {
  it('/api/health answers quickly while a big document is being parsed', { timeout: 180_000 }, async () => {
    // ~40 MB of WordprocessingML in a small DOCX: seconds of parsing, inside every upload limit.
    const docx = await heavyDocx(40);
    const body = multipart([{ field: 'file', filename: 'big.docx', content: docx }]);
    const started = performance.now();
    let done = false;
    const upload = t.app
      .inject({ method: 'POST', url: '/api/imports', headers: { cookie, ...body.headers }, payload: body.payload })
      .finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const asked = performance.now();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      latencies.push(performance.now() - asked);
      await new Promise((r) => setTimeout(r, 50));
    }
    const response = await upload;
    const parseMs = performance.now() - started;
    // The importer's own answer comes back through the worker, code and Russian message intact.
    expect(response.statusCode).toBe(422);
    expect(JSON.parse(response.body).error).toMatchObject({ code: 'import_not_a_plan', message: expect.stringMatching(/не найден план/) });
    // Without the worker the parse holds the event loop in one piece, so health would wait about
    // as long as the parse; with it health never waits more than a fraction of it.
    expect(parseMs).toBeGreaterThan(1000);
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(Math.min(1000, parseMs / 3));
  });
});
