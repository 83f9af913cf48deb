import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  // A journal of a busy year: 60,000 audit events with before/after documents.
  await t.database.db.execute(sql`insert into audit_events (action, entity_type, entity_id, before, after)
    select 'item.update', 'item', g::text, jsonb_build_object('title', repeat('Проведение семинара ', 20), 'n', g), jsonb_build_object('title', repeat('Проведение совещания ', 20), 'n', g)
    from generate_series(1, 60000) g`);
}, 120_000);
afterAll(() => t.close());

describe('GET /api/admin/backup does not hold the server', () => {
  it('/api/health answers quickly while a large backup streams', { timeout: 180_000 }, async () => {
    const started = performance.now();
    let done = false;
    const backup = t.app.inject({ method: 'GET', url: '/api/admin/backup', headers: { cookie: admin } }).finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const asked = performance.now();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      latencies.push(performance.now() - asked);
      await new Promise((r) => setTimeout(r, 20));
    }
    const response = await backup;
    const backupMs = performance.now() - started;
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeGreaterThan(100_000);
    // The backup takes seconds; health never waits for it (before: it waited for the whole backup).
    expect(backupMs).toBeGreaterThan(1500);
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });
});
