import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReportStates } from '../../src/server/repositories/report.repository.js';
import { client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #19: the national roll-up and the daily reminder run read the reports of
 * hundreds of thousands of occurrences at once — more ids than one statement may
 * carry (65,535 parameters). Found by the scale benchmark as a 500 on
 * /api/execution/plans for a national user.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('report states of many occurrences', () => {
  it('70,000 occurrence ids in one call: answered, with the real reports among them in creation order', async () => {
    const tik = client(t, await t.login('kaluga-tik'));
    const occurrence = (await tik.get('/api/me/occurrences?state=all')).body.occurrences[0];
    for (const text of ['первый', 'второй'])
      expect((await tik.post(`/api/occurrences/${occurrence.id}/reports`, { status: 'partial', text })).status).toBe(201);
    const ids = Array.from({ length: 70_000 }, () => randomUUID());
    ids.splice(45_000, 0, occurrence.id);
    const states = await listReportStates(t.database.db, ids);
    expect(states.map((s) => s.text)).toEqual(['первый', 'второй']);
    const total = await t.database.db.execute(sql`select count(*)::int as n from reports where occurrence_id = ${occurrence.id}`);
    expect(Number((total as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(2);
  });
});
