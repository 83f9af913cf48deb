import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TEXT_LIMITS } from '../../src/shared/text-limits.js';
import { client, type Client } from '../support/http.js';
import { multipart } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { PlanDraft, SearchResult } from '../support/api-types.js';

/** A distinct Cyrillic word per number, so that a text of them has as many lexemes as words. */
const word = (n: number) => {
  let w = '';
  for (let i = 0; i < 6; i++, n = Math.floor(n / 30)) w += String.fromCharCode(0x430 + (n % 30));
  return w;
};
/** About 1.6 MB of UTF-8 in 125 000 different words: too many for one tsvector (1 MB). */
const hugeTitle = Array.from({ length: 125_000 }, (_, i) => word(i)).join(' ');

let t: TestApp;
let kuzbass: Client;
let cookie: string;
let planId: string;

async function upload(filename: string, content: string) {
  const body = multipart([{ field: 'file', filename, content }]);
  const r = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { cookie, ...body.headers }, payload: body.payload });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

/** A plan as a tab-separated table with a header row, one row per item. */
const tablePlan = (rows: string[]) =>
  ['План работы на 2026 год', '№\tНаименование мероприятия\tСрок исполнения\tИсполнители', ...rows.map((title, i) => `${i + 1}.\t${title}\tянварь\tТИК`)].join(
    '\n',
  );

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('kuzbass');
  kuzbass = client(t, cookie);
  const plan = await kuzbass.post('/api/plans', {
    kind: 'work_plan',
    title: 'План проверки ограничений длины',
    period: { start: '2026-01-01', end: '2026-12-31' },
  });
  expect(plan.status).toBe(201);
  planId = plan.body.id;
});
afterAll(() => t.close());

describe('text limits at every entry point', () => {
  it('an item with a 1.6 MB title cannot be created or renamed through the API (400, field named)', async () => {
    expect(Buffer.byteLength(hugeTitle)).toBeGreaterThan(1_500_000);
    const created = await kuzbass.post(`/api/plans/${planId}/items`, { title: hugeTitle });
    expect(created.status).toBe(400);
    expect(JSON.stringify(created.body)).toMatch(/title/);
    const over = await kuzbass.post(`/api/plans/${planId}/items`, { title: 'а'.repeat(TEXT_LIMITS.itemTitle + 1) });
    expect(over.status).toBe(400);
    const field = await kuzbass.post(`/api/plans/${planId}/items`, { title: 'Пункт', fields: { result: 'б'.repeat(TEXT_LIMITS.fieldValue + 1) } });
    expect(field.status).toBe(400);
    const atLimit = await kuzbass.post(`/api/plans/${planId}/items`, { title: 'а'.repeat(TEXT_LIMITS.itemTitle) });
    expect(atLimit.status).toBe(201);
  });

  it('a pending import cannot be edited or confirmed with a 1.6 MB title', async () => {
    const preview = await upload('plan.txt', tablePlan(['Подготовка отчёта', 'Проведение семинара']));
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    const draft = structuredClone(preview.body.draft);
    draft.items[0].title = hugeTitle;
    const patched = await kuzbass.patch(`/api/imports/${preview.body.id}`, { draft });
    expect(patched.status).toBe(400);
    expect(JSON.stringify(patched.body)).toMatch(/title/);
    const confirmed = await kuzbass.post(`/api/imports/${preview.body.id}/confirm`, { draft });
    expect(confirmed.status).toBe(400);
  });

  it('an interchange JSON with an over-long title is refused with the field named', async () => {
    const json = JSON.stringify({
      title: 'План',
      kind: 'work_plan',
      period: null,
      approval: null,
      abbreviations: [],
      description: null,
      warnings: [],
      items: [{ number: '1', title: hugeTitle, deadline: null, executors: [], fields: {}, children: [] }],
    });
    const r = await upload('plan.json', json);
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/items\.0\.title/);
  });

  it('a document cell over the limit is imported whole, split into a continuation column with a warning', async () => {
    const long = 'Проведение семинара для председателей территориальных избирательных комиссий. '.repeat(80);
    expect(long.length).toBeGreaterThan(TEXT_LIMITS.itemTitle);
    const r = await upload('plan.txt', tablePlan([long.trim(), 'Подготовка отчёта']));
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(201);
    const item = r.body.draft.items[0];
    expect(item.title.length).toBeLessThanOrEqual(TEXT_LIMITS.itemTitle);
    expect(item.title + item.fields.title_continued).toBe(long.trim());
    expect(r.body.draft.columns.some((c: NonNullable<PlanDraft['columns']>[number]) => c.key === 'title_continued')).toBe(true);
    expect(r.body.draft.warnings.some((w: PlanDraft['warnings'][number]) => /длиннее/.test(w.message) && w.line === item.line)).toBe(true);
  });

  it('a 1.6 MB cell in a document is refused with its row named, never cut silently', async () => {
    const r = await upload('plan.txt', tablePlan([hugeTitle, 'Подготовка отчёта']));
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(413);
    expect(r.body.error.message).toMatch(/Строка \d+/);
  });
});

describe('search with an oversized row in the database', () => {
  it('a row planted directly with a 1.6 MB title does not break search, and is itself found', async () => {
    const item = await kuzbass.post(`/api/plans/${planId}/items`, { title: 'Пункт для поиска' });
    expect(item.status).toBe(201);
    // Past every API guard: as a restore of old data or a manual fix would write it.
    const planted = `${hugeTitle} уникальныйзаголовокпоиска`;
    await t.database.db.execute(sql`update plan_items set title = ${'уникальныйзаголовокпоиска ' + planted} where id = ${item.body.id}`);
    await t.database.db.execute(sql`update plans set description = ${planted} where id = ${planId}`);
    const r = await kuzbass.get(`/api/search?q=${encodeURIComponent('организация обучения')}`);
    expect(r.status).toBe(200);
    const found = await kuzbass.get(`/api/search?q=${encodeURIComponent('уникальныйзаголовокпоиска')}`);
    expect(found.status).toBe(200);
    expect(found.body.results.some((x: SearchResult) => x.item?.id === item.body.id)).toBe(true);
  });
});
