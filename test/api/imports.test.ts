import { readFile } from 'node:fs/promises';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, imports, planItems, plans } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { multipart } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ItemNode, PlanDraft, PlanSummary } from '../support/api-types.js';

let t: TestApp;
let kuzbassCookie: string;
let kuzbass: Client;
const seed = (name: string) => readFile(new URL(`../../demo/seeds/${name}`, import.meta.url));

beforeAll(async () => {
  t = await createTestApp({ IMPORT_MAX_BYTES: String(1024 * 1024) });
  kuzbassCookie = await t.login('kuzbass');
  kuzbass = client(t, kuzbassCookie);
});
afterAll(() => t.close());

async function upload(cookie: string, filename: string, content: Uint8Array | string, fields: Record<string, string> = {}) {
  const body = multipart([{ field: 'file', filename, content }], fields);
  const r = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { ...body.headers, cookie }, payload: body.payload });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

async function rowCounts() {
  const db = t.database.db;
  const [p] = await db.select({ n: count() }).from(plans);
  const [i] = await db.select({ n: count() }).from(planItems);
  const [m] = await db.select({ n: count() }).from(imports);
  return { plans: p!.n, items: i!.n, imports: m!.n };
}

describe('imports', () => {
  it('uploads a seed, previews it without creating a plan, confirms it into a plan', async () => {
    const before = await rowCounts();
    const preview = await upload(kuzbassCookie, 'kuzbass-training-plan-2022.txt', await seed('kuzbass-training-plan-2022.txt'));
    expect(preview.status).toBe(201);
    expect(preview.body.draft.approval).toMatchObject({ number: '3/20-7', date: '2021-12-27' });
    expect(preview.body.draft.items.length).toBeGreaterThan(0);
    expect(await rowCounts()).toEqual({ ...before, imports: before.imports + 1 });

    const fetched = await kuzbass.get(`/api/imports/${preview.body.id}`);
    expect(fetched.body.fileName).toBe('kuzbass-training-plan-2022.txt');

    const confirmed = await kuzbass.post(`/api/imports/${preview.body.id}/confirm`, {});
    expect(confirmed.status).toBe(201);
    const plan = (await kuzbass.get(`/api/plans/${confirmed.body.plan.id}`)).body;
    expect(plan.approval.number).toBe('3/20-7');
    const numbers: string[] = [];
    const walk = (nodes: ItemNode[]) => nodes.forEach((n) => (numbers.push(n.number), walk(n.children)));
    walk(plan.items);
    expect(numbers).toContain('1.2.1');
    expect(numbers).toContain('2.2.3');
    expect(numbers.length).toBe(confirmed.body.itemCount);
    const after = await rowCounts();
    expect(after.imports).toBe(before.imports);
    expect(after.plans).toBe(before.plans + 1);
    expect((await kuzbass.get(`/api/imports/${preview.body.id}`)).status).toBe(404);
  });

  it('confirms with a corrected draft', async () => {
    const preview = await upload(kuzbassCookie, 'hq.txt', await seed('kuzbass-public-hq-observation-2021.txt'));
    const draft = { ...preview.body.draft, title: 'Исправленное название' };
    const patched = await kuzbass.patch(`/api/imports/${preview.body.id}`, { draft });
    expect(patched.status).toBe(200);
    const confirmed = await kuzbass.post(`/api/imports/${preview.body.id}/confirm`, {});
    expect(confirmed.body.plan.title).toBe('Исправленное название');
  });

  it('confirming a calendar plan stores its election with the calling date, as the planner corrected it', async () => {
    const text = [
      'КАЛЕНДАРНЫЙ ПЛАН',
      'мероприятий по подготовке и проведению выборов депутатов Думы города Пскова',
      'Дата официального опубликования (публикации) решения о назначении выборов – 20 июня 2025 года',
      'День голосования – 14 сентября 2025 года',
      '',
      '№\tСодержание мероприятия\tСрок исполнения\tИсполнители',
      '1\tИнформирование избирателей\tВ период подготовки и проведения выборов\tТИК',
    ].join('\n');
    const preview = await upload(kuzbassCookie, 'calendar.txt', text);
    expect(preview.status).toBe(201);
    expect(preview.body.draft.elections).toMatchObject([{ votingDay: '2025-09-14', calledOn: '2025-06-20' }]);
    const draft = { ...preview.body.draft, elections: [{ ...preview.body.draft.elections[0], calledOn: '2025-06-18' }] };
    expect((await kuzbass.patch(`/api/imports/${preview.body.id}`, { draft })).status).toBe(200);
    const confirmed = await kuzbass.post(`/api/imports/${preview.body.id}/confirm`, {});
    expect(confirmed.status).toBe(201);
    const elections = (await kuzbass.get(`/api/plans/${confirmed.body.plan.id}/elections`)).body.elections;
    expect(elections).toMatchObject([{ name: 'Выборы депутатов Думы города Пскова', votingDay: '2025-09-14', calledOn: '2025-06-18' }]);
  });

  it('confirming a plan voted over three days stores the days; «в дни голосования» spans them', async () => {
    const text = [
      'КАЛЕНДАРНЫЙ ПЛАН',
      'мероприятий по подготовке и проведению выборов депутатов Думы города Пскова',
      'Дни голосования – 12, 13 и 14 сентября 2025 года',
      '',
      '№\tСодержание мероприятия\tСрок исполнения\tИсполнители',
      '1\tРабота участковых комиссий\tв дни голосования\tУИК',
    ].join('\n');
    const preview = await upload(kuzbassCookie, 'three-days.txt', text);
    expect(preview.status).toBe(201);
    expect(preview.body.draft.elections).toMatchObject([{ votingDay: '2025-09-14', votingDays: 3 }]);
    // A count the law does not allow is refused in Russian and the stored draft keeps its days.
    const bad = { ...preview.body.draft, elections: [{ ...preview.body.draft.elections[0], votingDays: 5 }] };
    const refused = await kuzbass.patch(`/api/imports/${preview.body.id}`, { draft: bad });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/не более трех дней подряд/);
    const confirmed = await kuzbass.post(`/api/imports/${preview.body.id}/confirm`, {});
    expect(confirmed.status).toBe(201);
    const planId = confirmed.body.plan.id;
    expect((await kuzbass.get(`/api/plans/${planId}/elections`)).body.elections).toMatchObject([{ votingDay: '2025-09-14', votingDays: 3 }]);
    const plan = (await kuzbass.get(`/api/plans/${planId}`)).body;
    expect(plan.items[0].deadline.windows).toEqual([{ start: '2025-09-12', end: '2025-09-14' }]);
  });

  it('cancel leaves nothing behind', async () => {
    const before = await rowCounts();
    const preview = await upload(kuzbassCookie, 'work.txt', await seed('kuzbass-work-plan-2024.txt'));
    expect((await kuzbass.del(`/api/imports/${preview.body.id}`)).status).toBe(204);
    expect(await rowCounts()).toEqual(before);
  });

  it('someone else’s pending import is not found', async () => {
    const preview = await upload(kuzbassCookie, 'hq.txt', await seed('kuzbass-public-hq-observation-2021.txt'));
    const kaluga = client(t, await t.login('kaluga'));
    expect((await kaluga.get(`/api/imports/${preview.body.id}`)).status).toBe(404);
    expect((await kaluga.post(`/api/imports/${preview.body.id}/confirm`, {})).status).toBe(404);
    expect((await kaluga.del(`/api/imports/${preview.body.id}`)).status).toBe(404);
  });

  it('an executor may not import', async () => {
    const r = await upload(await t.login('kuzbass-tik'), 'hq.txt', await seed('kuzbass-public-hq-observation-2021.txt'));
    expect(r.status).toBe(403);
  });

  it.each<[string, () => Uint8Array | string, number, string]>([
    ['empty file', () => '', 422, 'import_empty'],
    ['binary garbage', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 422, 'import_unreadable'],
    ['corrupt DOCX', () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(500, 1)]), 422, 'import_unreadable'],
    ['encrypted (OLE) document', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]), 422, 'import_'],
    ['over the size limit', () => Buffer.alloc(2 * 1024 * 1024, 0x41), 413, 'import_too_large'],
  ])('%s is refused, nothing saved', async (_name, make, status, code) => {
    const before = await rowCounts();
    const r = await upload(kuzbassCookie, 'plan.docx', make());
    expect(r.status).toBe(status);
    expect(r.body.error.code.startsWith(code)).toBe(true);
    expect(r.body.error.message).toMatch(/[а-яё]/i);
    expect(await rowCounts()).toEqual(before);
  });

  describe('never a dead end: a file with rows is never refused', () => {
    it('a table whose headings match nothing is read with its raw rows for the correction panel', async () => {
      const before = await rowCounts();
      const text = ['Альфа\tБета\tГамма', 'Провести заседание комиссии\tвесной\tИванов', 'Подготовить отчет\tлетом\tПетров'].join('\n');
      const r = await upload(kuzbassCookie, 'unknown-headings.txt', text);
      expect(r.status).toBe(201);
      expect(r.body.draft.source.rows.map((row: NonNullable<PlanDraft['source']>['rows'][number]) => row.cells)).toEqual([
        ['Альфа', 'Бета', 'Гамма'],
        ['Провести заседание комиссии', 'весной', 'Иванов'],
        ['Подготовить отчет', 'летом', 'Петров'],
      ]);
      expect(r.body.draft.source.columns).toHaveLength(3);
      // The doubt is said at its row, not hidden.
      expect(r.body.draft.warnings).toContainEqual({ line: 1, message: expect.stringContaining('нет строки заголовков') });
      expect(r.body.overrides).toEqual({});
      expect(await rowCounts()).toEqual({ ...before, imports: before.imports + 1 });
      // The kept file can be re-read with the user's reading of the columns.
      const fixed = await kuzbass.post(`/api/imports/${r.body.id}/reread`, {
        overrides: {
          columns: [
            { index: 0, role: 'title' },
            { index: 1, role: 'field' },
            { index: 2, role: 'executors' },
          ],
        },
      });
      expect(fixed.status).toBe(200);
      expect(fixed.body.draft.items.map((i: PlanDraft['items'][number]) => i.title)).toEqual(['Альфа', 'Провести заседание комиссии', 'Подготовить отчет']);
    });

    it('numbered rows without deadlines or executors become items', async () => {
      const text = [
        'ПЛАН работы комиссии на 2026 год',
        '',
        '1. Провести заседание комиссии',
        '',
        '2. Подготовить отчет о работе',
        '',
        '3. Обучить членов УИК',
      ].join('\n');
      const r = await upload(kuzbassCookie, 'numbered.txt', text);
      expect(r.status).toBe(201);
      expect(r.body.draft.items.map((i: PlanDraft['items'][number]) => [i.number, i.title, i.deadline])).toEqual([
        ['1', 'Провести заседание комиссии', null],
        ['2', 'Подготовить отчет о работе', null],
        ['3', 'Обучить членов УИК', null],
      ]);
      expect(r.body.draft.source.rows).toHaveLength(3);
    });

    it('only a file with no rows at all is refused, with the reason, and nothing is stored', async () => {
      const before = await rowCounts();
      const r = await upload(kuzbassCookie, 'letter.txt', 'Письмо о том, что план будет направлен позже.\nС уважением, председатель.');
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('import_not_a_plan');
      expect(r.body.error.message).toMatch(/^В файле не найден план: нет ни таблицы .* ни нумерованных пунктов/);
      expect(await rowCounts()).toEqual(before);
    });
  });

  it('a non-multipart request is refused clearly', async () => {
    const r = await kuzbass.post('/api/imports', { file: 'x' });
    expect(r.status).toBe(415);
  });

  it('every import mutation is audited', async () => {
    const preview = await upload(kuzbassCookie, 'hq.txt', await seed('kuzbass-public-hq-observation-2021.txt'));
    await kuzbass.post(`/api/imports/${preview.body.id}/confirm`, {});
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, preview.body.id));
    expect(events.map((e) => e.action).sort()).toEqual(['import.confirm', 'import.create']);
  });
});

describe('demo plans', () => {
  it('the five seed plans are loaded for their organisations', async () => {
    const admin = client(t, await t.login('admin'));
    const list = (await admin.get('/api/plans')).body.plans;
    const demo = list.filter((p: PlanSummary) => p.itemCount > 0);
    expect(demo.length).toBeGreaterThanOrEqual(5);
    const kaluga = client(t, await t.login('kaluga'));
    const kalugaPlans = (await kaluga.get('/api/plans')).body.plans;
    expect(kalugaPlans.some((p: PlanSummary) => /Калужской/.test(p.title) || p.approval?.number === '16/2-7')).toBe(true);
    expect(kalugaPlans.every((p: PlanSummary) => !/Кузбасс/.test(p.title))).toBe(true);
  });
});
