import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, imports } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { multipart } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ItemNode, PlanDraft } from '../support/api-types.js';

/** Two columns with headings the importer cannot place: it keeps them as plain fields. */
const misread = [
  'ПЛАН работы комиссии на 2026 год',
  '',
  '№\tМероприятие\tКолонка А\tКолонка Б',
  '1\tОрганизационные мероприятия\t\t',
  '2\tПровести заседание комиссии\tянварь\tПредседатель',
  '3\tПодготовить отчет\tфевраль\tСекретарь',
].join('\n');

let t: TestApp;
let cookie: string;
let kuzbass: Client;

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('kuzbass');
  kuzbass = client(t, cookie);
});
afterAll(() => t.close());

async function upload(content: string, filename = 'plan.txt') {
  const body = multipart([{ field: 'file', filename, content }]);
  const r = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { ...body.headers, cookie }, payload: body.payload });
  expect(r.statusCode).toBe(201);
  return JSON.parse(r.body) as { id: string; draft: PlanDraft; overrides: unknown };
}

const titles = (items: ItemNode[]): string[] => items.flatMap((i) => [i.title, ...titles(i.children)]);
const storedDraft = async (id: string) => (await t.database.db.query.imports.findFirst({ where: eq(imports.id, id) }))!.draft as PlanDraft;

describe('POST /api/imports/:id/reread', () => {
  it('re-reads the kept file with new column roles and a section row, in one audited change', async () => {
    const created = await upload(misread);
    expect(created.draft.items[1]!.deadline).toBeNull();
    expect(created.draft.items[1]!.fields).toMatchObject({ колонка_а: 'январь' });

    const r = await kuzbass.post(`/api/imports/${created.id}/reread`, {
      overrides: {
        columns: [
          { index: 2, role: 'deadline' },
          { index: 3, role: 'executors' },
        ],
        sectionRows: [4],
      },
    });
    expect(r.status).toBe(200);
    const items = r.body.draft.items;
    expect(items[0]).toMatchObject({ title: 'Организационные мероприятия', kind: 'section' });
    expect(items[1].deadline).toMatchObject({ text: 'январь', windows: [{ start: '2026-01-01', end: '2026-01-31' }] });
    expect(items[1].executors[0].text).toBe('Председатель');
    expect(items[1].fields).toEqual({});
    // The first reading's rows stay the reference for the next correction.
    expect(r.body.draft.source.rows.map((row: NonNullable<PlanDraft['source']>['rows'][number]) => row.line)).toEqual([4, 5, 6]);
    expect((await storedDraft(created.id)).items[1]!.deadline!.text).toBe('январь');

    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'import.update')));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.after).toMatchObject({ overrides: { columns: 2, sectionRows: 1 } });
  });

  it('keeps the corrections with the import: a reload or another user starts from them, a hand edit keeps them, a reset clears them', async () => {
    const created = await upload(misread);
    expect(created.overrides).toEqual({});
    const overrides = { columns: [{ index: 2, role: 'deadline' }], sectionRows: [4], deleteRows: [], mergeRows: [[5, 6]] };
    const r = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides });
    expect(r.status).toBe(200);
    // Empty lists are «no correction» and are not kept.
    const kept = { columns: [{ index: 2, role: 'deadline' }], sectionRows: [4], mergeRows: [[5, 6]] };
    expect(r.body.overrides).toEqual(kept);
    expect((await kuzbass.get(`/api/imports/${created.id}`)).body.overrides).toEqual(kept);

    const admin = client(t, await t.login('admin'));
    const seen = await admin.get(`/api/imports/${created.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.overrides).toEqual(kept);
    expect(seen.body.draft.items[0]).toMatchObject({ kind: 'section', title: 'Организационные мероприятия' });

    // A hand edit of the preview is made on top of that reading: the corrections stay.
    const edited = await kuzbass.patch(`/api/imports/${created.id}`, { draft: { ...r.body.draft, title: 'План после правки' } });
    expect(edited.status).toBe(200);
    expect((await kuzbass.get(`/api/imports/${created.id}`)).body).toMatchObject({ overrides: kept, draft: { title: 'План после правки' } });

    const reset = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: {} });
    expect(reset.status).toBe(200);
    expect(reset.body.overrides).toEqual({});
    expect((await kuzbass.get(`/api/imports/${created.id}`)).body.overrides).toEqual({});
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, created.id), eq(auditEvents.action, 'import.update')));
    // Two re-reads and one hand edit, each its own audited change; the reset names what it undid.
    expect(audited).toHaveLength(3);
    expect(audited.map((a) => a.before)).toContainEqual(
      expect.objectContaining({ overrides: { columns: 1, sectionRows: 1, deleteRows: 0, mergeRows: 1, splitRows: 0 } }),
    );
  });

  it('a refused correction leaves the kept corrections as they were', async () => {
    const created = await upload(misread);
    const kept = { sectionRows: [4] };
    expect((await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: kept })).status).toBe(200);
    const bad = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { sectionRows: [4], deleteRows: [77] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Строки 77 нет среди прочитанных строк таблицы.');
    const twice = await kuzbass.post(`/api/imports/${created.id}/reread`, {
      overrides: {
        mergeRows: [
          [5, 6],
          [6, 4],
        ],
      },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toBe('Строка 6 указана в объединении дважды.');
    const stored = await t.database.db.query.imports.findFirst({ where: eq(imports.id, created.id) });
    expect(stored!.overrides).toEqual(kept);
    expect((stored!.draft as PlanDraft).items[0]!.kind).toBe('section');
  });

  it('no corrections give the first reading back', async () => {
    const created = await upload(misread);
    await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { columns: [{ index: 2, role: 'deadline' }] } });
    const reset = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { columns: [], sectionRows: [] } });
    expect(reset.status).toBe(200);
    expect(reset.body.draft.items).toEqual(created.draft.items);
  });

  it('a deleted row and an ignored column come back as warnings at their rows', async () => {
    const created = await upload(misread);
    const r = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { deleteRows: [6], columns: [{ index: 3, role: 'ignore' }] } });
    expect(r.status).toBe(200);
    expect(titles(r.body.draft.items)).toEqual(['Организационные мероприятия', 'Провести заседание комиссии']);
    expect(r.body.draft.warnings).toEqual(
      expect.arrayContaining([
        { line: 6, message: expect.stringContaining('Подготовить отчет') },
        { line: 5, message: expect.stringContaining('Председатель') },
      ]),
    );
  });

  it('merges and splits rows', async () => {
    const created = await upload(misread);
    const r = await kuzbass.post(`/api/imports/${created.id}/reread`, {
      overrides: {
        mergeRows: [[5, 6]],
        splitRows: [
          {
            line: 4,
            rows: [
              ['1', 'Первое'],
              ['1.1', 'Второе'],
            ],
          },
        ],
      },
    });
    expect(r.status).toBe(200);
    const read = titles(r.body.draft.items);
    expect(read.slice(0, 2)).toEqual(['Первое', 'Второе']);
    expect(read).toHaveLength(3);
    expect(read[2]).toMatch(/Провести заседание комиссии\s+Подготовить отчет/);
  });

  it('refuses corrections that point nowhere, with a Russian message, and changes nothing', async () => {
    const created = await upload(misread);
    const before = await storedDraft(created.id);
    const auditBefore = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    const column = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { columns: [{ index: 4, role: 'title' }] } });
    expect(column.status).toBe(400);
    expect(column.body.error.message).toBe('Колонки № 5 нет: в прочитанной таблице колонок 4.');
    const line = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { sectionRows: [99] } });
    expect(line.status).toBe(400);
    expect(line.body.error.message).toBe('Строки 99 нет среди прочитанных строк таблицы.');
    const role = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { columns: [{ index: 1, role: 'boss' }] } });
    expect(role.status).toBe(400);
    expect(role.body.error.message).toMatch(/[а-яё]/i);
    expect(role.body.error.message).toBe(
      'Поле «overrides.columns.0.role»: роль колонки — одна из: number, title, deadline, executors, co_executors, legal_basis, note, field, ignore',
    );
    const tooMany = await kuzbass.post(`/api/imports/${created.id}/reread`, {
      overrides: { columns: Array.from({ length: 201 }, (_, i) => ({ index: i % 4, role: 'title' })) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe('Поле «overrides.columns»: не больше 200 ролей колонок');
    const badLine = await kuzbass.post(`/api/imports/${created.id}/reread`, { overrides: { deleteRows: [0] } });
    expect(badLine.status).toBe(400);
    expect(badLine.body.error.message).toBe('Поле «overrides.deleteRows.0»: ожидается номер строки файла — целое число от 1');
    expect(await storedDraft(created.id)).toEqual(before);
    expect(await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id))).toHaveLength(auditBefore.length);
  });

  it('a JSON draft has no rows to re-read: refused clearly', async () => {
    const created = await upload(misread);
    const json = JSON.stringify({ ...created.draft, source: undefined });
    const fromJson = await upload(json, 'plan.json');
    const r = await kuzbass.post(`/api/imports/${fromJson.id}/reread`, { overrides: {} });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/нельзя перечитать/);
  });

  it('another organisation’s import is not found, and an executor may not re-read', async () => {
    const created = await upload(misread);
    const before = await storedDraft(created.id);
    const kaluga = client(t, await t.login('kaluga'));
    const foreign = await kaluga.post(`/api/imports/${created.id}/reread`, { overrides: { sectionRows: [4] } });
    expect(foreign.status).toBe(404);
    const tik = client(t, await t.login('kuzbass-tik'));
    const executor = await tik.post(`/api/imports/${created.id}/reread`, { overrides: { sectionRows: [4] } });
    expect([403, 404]).toContain(executor.status);
    const anonymous = await client(t, null).post(`/api/imports/${created.id}/reread`, { overrides: { sectionRows: [4] } });
    expect(anonymous.status).toBe(401);
    const missing = await kuzbass.post('/api/imports/00000000-0000-4000-8000-000000000000/reread', { overrides: {} });
    expect(missing.status).toBe(404);
    expect(await storedDraft(created.id)).toEqual(before);
  });
});
