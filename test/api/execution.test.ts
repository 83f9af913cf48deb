import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, occurrences, reports } from '../../src/server/db/schema/index.js';
import { client, type Client } from '../support/http.js';
import { multipart } from '../support/multipart.js';
import { createReportWriter } from '../../src/server/services/report-writer.js';
import type { Db } from '../../src/server/db/client.js';
import { shiftDays } from '../support/dates.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Indicator, ItemNode, MyPlan, Occurrence, OccurrenceReport, Organization, PlanSummary, Progress } from '../support/api-types.js';

/**
 * Execution control through the API: occurrences generated from the seed plans,
 * reports with files, review, progress, the execution report, regeneration.
 * The Kaluga seed plan (2022) assigns item 2.1.4 «Тестирование членов ТИК, УИК…»
 * («Весь период», executor «ТИК») to every ТИК under the regional commission:
 * three ТИК × two half-years.
 */
const UPLOAD_LIMIT = 200_000;
let dataDir: string;
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let tikCookie: string;
let tik2: Client;
let kuzbass: Client;
let kuzbassTik: Client;
let observer: Client;
let kalugaPlanId: string;
let orgId: (short: string) => string;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function upload(cookie: string, filename: string, content: Uint8Array | string) {
  const body = multipart([{ field: 'file', filename, content }]);
  const r = await t.app.inject({ method: 'POST', url: '/api/files', headers: { ...body.headers, cookie }, payload: body.payload });
  return { status: r.statusCode, body: JSON.parse(r.body) };
}

async function reportCount() {
  const rows = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(reports);
  return Number(rows[0]!.n);
}

/** The occurrences of item 2.1.4 of the Kaluga plan that belong to the signed-in executor. */
async function myTesting(c: Client = tik) {
  const r = await c.get('/api/me/occurrences?state=all');
  expect(r.status).toBe(200);
  return (r.body.occurrences as Occurrence[]).filter((o) => o.planId === kalugaPlanId && o.itemNumber === '2.1.4');
}

async function itemByNumber(planId: string, number: string) {
  const plan = (await kaluga.get(`/api/plans/${planId}`)).body;
  let found: ItemNode | null = null;
  const walk = (nodes: ItemNode[]) => nodes.forEach((n) => (n.number === number ? (found = n) : walk(n.children)));
  walk(plan.items);
  return found!;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'planik-exec-'));
  t = await createTestApp({ DATA_DIR: dataDir, UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT) });
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tikCookie = await t.login('kaluga-tik');
  tik = client(t, tikCookie);
  kuzbass = client(t, await t.login('kuzbass'));
  kuzbassTik = client(t, await t.login('kuzbass-tik'));
  observer = client(t, await t.login('observer'));
  const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
  orgId = (short: string) => orgs.find((o) => o.shortName === short)!.id;
  kalugaPlanId = ((await admin.get('/api/plans?limit=500')).body.plans as PlanSummary[]).find((p) => p.organizationId === orgId('ИККО'))!.id;
  // A second executor of the same ТИК (its password must be changed before use).
  const created = await admin.post('/api/users', {
    login: 'kaluga-tik-2',
    displayName: 'Второй исполнитель ТИК',
    organizationId: orgId('ТИК Бабынинского района'),
    roles: ['executor'],
    password: 'Исполнитель2025',
  });
  expect(created.status).toBe(201);
  const c2 = client(t, await t.login('kaluga-tik-2', 'Исполнитель2025'));
  expect((await c2.post('/api/auth/password', { currentPassword: 'Исполнитель2025', newPassword: 'Исполнитель2026' })).status).toBeLessThan(300);
  tik2 = client(t, await t.login('kaluga-tik-2', 'Исполнитель2026'));
}, 120_000);

afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** One item of the execution report's sections (the response schema leaves them open). */
type ReportRowGroup = { number: string; rows: { executorLabel: string }[] };

describe('occurrences from the seed plans', () => {
  it('«ТИК» fans out to every ТИК under the regional commission, one per half-year of a whole-period item', async () => {
    const rows = await t.database.db
      .select({ label: occurrences.executorLabel, start: occurrences.windowStart, end: occurrences.windowEnd })
      .from(occurrences)
      .innerJoin(sql`plan_items pi`, sql`pi.id = ${occurrences.itemId}`)
      .where(sql`${occurrences.planId} = ${kalugaPlanId} and pi.number = '2.1.4'`);
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.label))).toEqual(new Set(['ТИК Бабынинского района', 'ТИК Боровского района', 'ТИК г. Обнинска']));
    expect(new Set(rows.map((r) => `${r.start}..${r.end}`))).toEqual(new Set(['2022-01-01..2022-06-30', '2022-07-01..2022-12-31']));
  });

  it('«Мои мероприятия» of the ТИК lists its own occurrences only, across its higher commission’s plans', async () => {
    const mine = await myTesting();
    expect(mine.map((o) => o.executorLabel)).toEqual(['ТИК Бабынинского района', 'ТИК Бабынинского района']);
    expect(mine.every((o) => o.state === 'overdue' && o.bucket === 'overdue' && o.today.length === 10)).toBe(true);
    const overdue = await tik.get('/api/me/occurrences?state=overdue');
    expect(overdue.body.counts.overdue).toBe(overdue.body.occurrences.length);
    expect(overdue.body.canReport).toBe(true);
    const plans = await tik.get('/api/me/plans');
    expect(plans.body.plans.map((p: MyPlan) => p.planId)).toContain(kalugaPlanId);
    // The regional plan is now readable by the ТИК (assigned through its occurrences).
    expect((await tik.get(`/api/plans/${kalugaPlanId}`)).status).toBe(200);
  });

  it('a Kuzbass ТИК sees nothing of the Kaluga plan', async () => {
    const r = await kuzbassTik.get(`/api/me/occurrences?state=all&planId=${kalugaPlanId}`);
    expect(r.body.occurrences).toEqual([]);
  });

  it('a bad state filter is a validation error', async () => {
    expect((await tik.get('/api/me/occurrences?state=soon')).status).toBe(400);
  });
});

describe('reporting', () => {
  let h1: Occurrence;
  let fileId: string;

  beforeAll(async () => {
    h1 = (await myTesting()).find((o) => o.windowEnd === '2022-06-30')!;
  });

  it('uploads a PDF: type from content, checksum and size stored', async () => {
    const r = await upload(tikCookie, 'сертификаты.pdf', pdf);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ name: 'сертификаты.pdf', contentType: 'application/pdf', size: pdf.length });
    expect(r.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    fileId = r.body.id;
  });

  it('refuses a file over the limit and an executable, with a clear message', async () => {
    const big = await upload(tikCookie, 'big.pdf', Buffer.concat([pdf, Buffer.alloc(UPLOAD_LIMIT)]));
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: 'file_too_large', details: { field: 'file' } });
    expect(big.body.error.message).toMatch(/не более 0,2 МБ|не более 0.2 МБ/);
    const exe = await upload(tikCookie, 'report.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'));
    expect(exe.status).toBe(415);
    expect(exe.body.error.code).toBe('file_type_refused');
    expect(exe.body.error.message).toMatch(/Исполняемые файлы/);
  });

  it('a planner cannot upload files (only executors report)', async () => {
    const r = await upload(await t.login('kaluga'), 'a.pdf', pdf);
    expect(r.status).toBe(403);
  });

  it('reports 2.1.4 with a figure, a link and the PDF', async () => {
    const before = await reportCount();
    const r = await tik.post(`/api/occurrences/${h1.id}/reports`, {
      status: 'done',
      text: 'Проведено тестирование 42 членов ТИК и УИК, выданы сертификаты.',
      metrics: { participants: 42, 'выдано сертификатов': 40 },
      links: ['https://kaluga.izbirkom.ru/news/1'],
      fileIds: [fileId],
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'done', reviewStatus: 'pending', metrics: { participants: 42 }, files: [{ id: fileId, name: 'сертификаты.pdf' }] });
    expect(await reportCount()).toBe(before + 1);
    const detail = await tik.get(`/api/occurrences/${h1.id}`);
    expect(detail.body).toMatchObject({ state: 'done', canReport: true, canReview: false, item: { number: '2.1.4' } });
    expect(detail.body.reports[0].files).toMatchObject([{ id: fileId, name: 'сертификаты.pdf' }]);
    expect(detail.body.indicators.map((i: Indicator) => i.key)).toEqual(['events', 'participants', 'publications']);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, r.body.id));
    expect(audit.map((a) => a.action)).toEqual(['report.create']);
  });

  it('the file is downloadable by the uploader and the plan owner, not by another region', async () => {
    const own = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: { cookie: tikCookie } });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toContain("filename*=UTF-8''%D1%81%D0%B5%D1%80");
    expect(own.rawPayload.equals(pdf)).toBe(true);
    expect((await kaluga.get(`/api/files/${fileId}`)).status).toBe(200);
    expect((await kuzbass.get(`/api/files/${fileId}`)).status).toBe(404);
    expect((await kuzbassTik.get(`/api/files/${fileId}`)).status).toBe(404);
  });

  it('bad input: moved without a date, an explanation missing, a file not one’s own → 400, nothing saved', async () => {
    const before = await reportCount();
    const moved = await tik.post(`/api/occurrences/${h1.id}/reports`, { status: 'moved' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.field).toBe('movedTo');
    const partial = await tik.post(`/api/occurrences/${h1.id}/reports`, { status: 'partial' });
    expect(partial.body.error.details.field).toBe('text');
    const foreign = await upload(await t.login('kuzbass-tik'), 'чужой.pdf', pdf);
    const stolen = await tik.post(`/api/occurrences/${h1.id}/reports`, { status: 'done', fileIds: [foreign.body.id] });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.details.field).toBe('fileIds');
    const status = await tik.post(`/api/occurrences/${h1.id}/reports`, { status: 'finished' });
    expect(status.status).toBe(400);
    expect(await reportCount()).toBe(before);
  });

  it('not assigned → 404 (not visible) or 403 (visible, not the executor); nothing saved', async () => {
    const before = await reportCount();
    const all = await kaluga.get(`/api/plans/${kalugaPlanId}/occurrences`);
    const obninsk = all.body.occurrences.find((o: Occurrence) => o.itemNumber === '2.1.4' && o.executorLabel === 'ТИК г. Обнинска');
    const body = { status: 'done', text: 'Чужой отчет' };
    expect((await tik.post(`/api/occurrences/${obninsk.id}/reports`, body)).status).toBe(404);
    expect((await kuzbassTik.post(`/api/occurrences/${obninsk.id}/reports`, body)).status).toBe(404);
    expect((await kuzbass.post(`/api/occurrences/${obninsk.id}/reports`, body)).status).toBe(404);
    expect((await kaluga.post(`/api/occurrences/${obninsk.id}/reports`, body)).status).toBe(403);
    expect((await observer.post(`/api/occurrences/${obninsk.id}/reports`, body)).status).toBe(403);
    expect((await admin.post(`/api/occurrences/${obninsk.id}/reports`, body)).status).toBe(403);
    expect((await client(t, null).post(`/api/occurrences/${obninsk.id}/reports`, body)).status).toBe(401);
    expect((await tik.post('/api/occurrences/00000000-0000-4000-8000-000000000000/reports', body)).status).toBe(404);
    expect((await tik.get(`/api/occurrences/${obninsk.id}`)).status).toBe(404);
    expect(await reportCount()).toBe(before);
  });

  it('two executors of the same ТИК reporting at once: both reports kept', async () => {
    const h2 = (await myTesting()).find((o) => o.windowEnd === '2022-12-31')!;
    const before = await reportCount();
    const [a, b] = await Promise.all([
      tik.post(`/api/occurrences/${h2.id}/reports`, { status: 'partial', text: 'Протестировано 10 членов УИК' }),
      tik2.post(`/api/occurrences/${h2.id}/reports`, { status: 'done', text: 'Протестированы члены ТИК', metrics: { participants: 7 } }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await reportCount()).toBe(before + 2);
    const detail = await tik.get(`/api/occurrences/${h2.id}`);
    expect(detail.body.reports.map((r: OccurrenceReport) => r.authorName).sort()).toEqual(['Второй исполнитель ТИК', 'Исполнитель ТИК Бабынинского района']);
  });

  it('a retried submission with the same client key is stored once', async () => {
    const h2 = (await myTesting()).find((o) => o.windowEnd === '2022-12-31')!;
    const before = await reportCount();
    const body = { status: 'done', text: 'Повторная отправка', clientKey: 'retry-key-0001' };
    const first = await tik.post(`/api/occurrences/${h2.id}/reports`, body);
    const again = await tik.post(`/api/occurrences/${h2.id}/reports`, body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    expect(await reportCount()).toBe(before + 1);
  });
});

describe('review', () => {
  let occurrenceId: string;
  let reportId: string;

  beforeAll(async () => {
    const h1 = (await myTesting()).find((o) => o.windowEnd === '2022-06-30')!;
    occurrenceId = h1.id;
    reportId = h1.current!.id;
  });

  it('only the plan’s planner or controller reviews: executor 403, other region 404', async () => {
    expect((await tik.post(`/api/reports/${reportId}/review`, { decision: 'accept' })).status).toBe(403);
    expect((await kuzbass.post(`/api/reports/${reportId}/review`, { decision: 'accept' })).status).toBe(404);
    expect((await observer.post(`/api/reports/${reportId}/review`, { decision: 'accept' })).status).toBe(403);
  });

  it('returning needs a comment; the ТИК fixes it; the planner accepts; history kept', async () => {
    expect((await kaluga.post(`/api/reports/${reportId}/review`, { decision: 'return' })).body.error.details.field).toBe('comment');
    const returned = await kaluga.post(`/api/reports/${reportId}/review`, { decision: 'return', comment: 'Укажите число выданных сертификатов по УИК' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ reviewStatus: 'returned', reviewComment: 'Укажите число выданных сертификатов по УИК' });
    expect((await kaluga.post(`/api/reports/${reportId}/review`, { decision: 'accept' })).status).toBe(409);

    const mine = (await myTesting()).find((o) => o.id === occurrenceId);
    expect(mine).toMatchObject({ state: 'overdue', needsRework: true });

    const fixed = await tik.post(`/api/occurrences/${occurrenceId}/reports`, {
      status: 'done',
      text: 'Проведено тестирование 42 членов ТИК и УИК; выдано 40 сертификатов (УИК — 31).',
      metrics: { participants: 42 },
    });
    expect(fixed.status).toBe(201);
    const accepted = await kaluga.post(`/api/reports/${fixed.body.id}/review`, { decision: 'accept' });
    expect(accepted.body.reviewStatus).toBe('accepted');

    const detail = await kaluga.get(`/api/occurrences/${occurrenceId}`);
    expect(detail.body.canReview).toBe(true);
    expect(detail.body.reports.map((r: OccurrenceReport) => [r.reviewStatus, r.reviews.map((v: OccurrenceReport['reviews'][number]) => v.decision)])).toEqual([
      ['returned', ['returned']],
      ['accepted', ['accepted']],
    ]);
    expect(detail.body.state).toBe('done');
  });
});

describe('progress and the execution report', () => {
  it('progress by section, executor and month, with overdue and pending lists', async () => {
    const r = await kaluga.get(`/api/plans/${kalugaPlanId}/progress`);
    expect(r.status).toBe(200);
    const { totals, bySection, byExecutor, byMonth, overdueItems, pendingReview } = r.body;
    const sum = ['done', 'partial', 'not_done', 'cancelled', 'submitted', 'moved', 'overdue', 'open', 'external', 'awaiting'].reduce(
      (a, k) => a + totals[k],
      0,
    );
    expect(sum).toBe(totals.total);
    expect(totals.done).toBeGreaterThanOrEqual(1);
    expect(totals.submitted).toBeGreaterThanOrEqual(1);
    expect(bySection.reduce((a: number, g: Progress['bySection'][number]) => a + g.tally.total, 0)).toBe(totals.total);
    expect(byExecutor.map((g: Progress['byExecutor'][number]) => g.label)).toContain('ТИК Бабынинского района');
    expect(byMonth.find((g: Progress['byMonth'][number]) => g.key === '2022-06').tally.total).toBeGreaterThan(0);
    const overdue = (await kaluga.get(`/api/plans/${kalugaPlanId}/overdue`)).body;
    expect(overdue.items.length).toBe(overdueItems);
    expect(overdue.occurrences).toBe(totals.overdue);
    expect(pendingReview.length).toBeGreaterThan(0);
  });

  it('the dashboard is for owners and controllers: executor 403, other region 404', async () => {
    expect((await tik.get(`/api/plans/${kalugaPlanId}/progress`)).status).toBe(403);
    expect((await kuzbass.get(`/api/plans/${kalugaPlanId}/progress`)).status).toBe(404);
    expect((await observer.get(`/api/plans/${kalugaPlanId}/progress`)).status).toBe(200);
  });

  it('click-through: the occurrences behind a figure', async () => {
    const r = await kaluga.get(`/api/plans/${kalugaPlanId}/occurrences?outcome=done`);
    expect(r.body.occurrences.every((o: Occurrence) => o.outcome === 'done')).toBe(true);
    expect(r.body.occurrences.some((o: Occurrence) => o.itemNumber === '2.1.4')).toBe(true);
  });

  it('the half-year execution report as data, DOCX and PDF', async () => {
    const json = await kaluga.get(`/api/plans/${kalugaPlanId}/execution-report?from=2022-01-01&to=2022-06-30&format=json`);
    expect(json.status).toBe(200);
    expect(json.body.periodLabel).toBe('I полугодие 2022 г.');
    const item = json.body.sections.flatMap((s: { items: ReportRowGroup[] }) => s.items).find((i: ReportRowGroup) => i.number === '2.1.4');
    expect(item.rows.map((r: ReportRowGroup['rows'][number]) => r.executorLabel)).toEqual([
      'ТИК Бабынинского района',
      'ТИК Боровского района',
      'ТИК г. Обнинска',
    ]);
    expect(item.rows[0]).toMatchObject({ outcomeName: 'исполнено' });
    expect(item.rows[0].information).toContain('выдано 40 сертификатов');
    expect(item.rows[0].information).not.toContain('Укажите число'); // the returned report is left out
    expect(json.body.narrative[0]).toMatch(/^За I полугодие 2022 г\. планом предусмотрено \d+ мероприяти/);

    const docx = await t.app.inject({
      method: 'GET',
      url: `/api/plans/${kalugaPlanId}/execution-report?from=2022-01-01&to=2022-06-30&format=docx`,
      headers: { cookie: await t.login('kaluga') },
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('2.1.4');
    expect(xml).toContain('выдано 40 сертификатов');
    expect(xml).toContain('w:orient="landscape"');

    const pdfDoc = await t.app.inject({
      method: 'GET',
      url: `/api/plans/${kalugaPlanId}/execution-report?from=2022-01-01&to=2022-06-30&format=pdf`,
      headers: { cookie: await t.login('kaluga') },
    });
    expect(pdfDoc.statusCode).toBe(200);
    expect(pdfDoc.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a period ending before it starts → 400; an executor may not build the report', async () => {
    expect((await kaluga.get(`/api/plans/${kalugaPlanId}/execution-report?from=2022-07-01&to=2022-01-01&format=json`)).status).toBe(400);
    expect((await tik.get(`/api/plans/${kalugaPlanId}/execution-report?from=2022-01-01&to=2022-06-30&format=json`)).status).toBe(403);
  });
});

describe('regeneration keeps reports', () => {
  // Edits of an approved plan are an amendment: executors' due dates change once it is approved by an act.
  let actNumber = 0;
  const approveAmendment = async (planId: string) => {
    const r = await admin.post(`/api/plans/${planId}/amendments/current/approve`, {
      act: { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2022-03-01', number: `изм-${++actNumber}` },
    });
    expect(r.status).toBe(200);
  };
  it('a new deadline replaces unreported occurrences and retires the reported ones; going back revives them', async () => {
    const item = await itemByNumber(kalugaPlanId, '2.1.4');
    const reportedBefore = (await myTesting()).filter((o) => o.reportCount > 0).map((o) => o.id);
    expect(reportedBefore).toHaveLength(2);
    const before = await reportCount();

    const changed = await kaluga.patch(`/api/items/${item.id}`, { deadlineText: 'ежеквартально' });
    expect(changed.status).toBe(200);
    // Not yet: the amendment is still a working copy.
    expect(
      (await myTesting())
        .filter((o) => !o.retired)
        .map((o) => o.id)
        .sort(),
    ).toEqual([...reportedBefore].sort());
    await approveAmendment(kalugaPlanId);
    const quarterly = await myTesting();
    expect(quarterly.filter((o) => !o.retired).map((o) => o.windowEnd)).toEqual(['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31']);
    expect(
      quarterly
        .filter((o) => o.retired)
        .map((o) => o.id)
        .sort(),
    ).toEqual([...reportedBefore].sort());
    expect(await reportCount()).toBe(before);
    expect((await tik.get('/api/me/occurrences?state=overdue')).body.occurrences.some((o: Occurrence) => o.retired)).toBe(false);

    await kaluga.patch(`/api/items/${item.id}`, { deadlineText: 'Весь период' });
    await approveAmendment(kalugaPlanId);
    const back = await myTesting();
    expect(
      back
        .filter((o) => !o.retired)
        .map((o) => o.id)
        .sort(),
    ).toEqual([...reportedBefore].sort());
    expect(back.every((o) => !o.retired)).toBe(true);
  });

  it('executors changed: «ТИК» → one named ТИК; the reported occurrences of the others stay retired with their reports', async () => {
    const item = await itemByNumber(kalugaPlanId, '2.1.4');
    await kaluga.patch(`/api/items/${item.id}`, { executors: [{ text: 'ТИК г. Обнинска', kind: 'organization' }] });
    await approveAmendment(kalugaPlanId);
    expect((await myTesting()).every((o) => o.retired)).toBe(true);
    const obninsk = (await kaluga.get(`/api/plans/${kalugaPlanId}/occurrences`)).body.occurrences.filter((o: Occurrence) => o.itemNumber === '2.1.4');
    expect(obninsk.map((o: Occurrence) => o.executorLabel)).toEqual(['ТИК г. Обнинска', 'ТИК г. Обнинска']);
    await kaluga.patch(`/api/items/${item.id}`, { executors: [{ text: 'ТИК', kind: 'organization' }] });
    await approveAmendment(kalugaPlanId);
    expect((await myTesting()).filter((o) => !o.retired)).toHaveLength(2);
  });

  it('a quarterly reporting period splits whole-period items by quarter', async () => {
    const plan = await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План ТИК-контроля', period: { start: '2026-01-01', end: '2026-12-31' } });
    const item = await kaluga.post(`/api/plans/${plan.body.id}/items`, {
      title: 'Мониторинг сайтов ТИК',
      deadlineText: 'В течение года',
      executors: [{ text: 'ТИК' }],
    });
    expect(item.status).toBe(201);
    const count = async () => (await kaluga.get(`/api/plans/${plan.body.id}/occurrences`)).body.occurrences.length;
    // A draft is not in force: nothing is due until the plan is approved.
    expect(await count()).toBe(0);
    expect((await admin.patch(`/api/plans/${plan.body.id}`, { status: 'approved' })).status).toBe(200);
    expect(await count()).toBe(3 * 2);
    await kaluga.patch(`/api/plans/${plan.body.id}`, { reportingPeriod: 'quarter' });
    expect(await count()).toBe(3 * 2);
    await approveAmendment(plan.body.id);
    expect(await count()).toBe(3 * 4);
    await kaluga.patch(`/api/plans/${plan.body.id}`, { period: { start: '2026-07-01', end: '2026-12-31' } });
    await approveAmendment(plan.body.id);
    expect(await count()).toBe(3 * 2);
    // A heading of sub-items is not executed itself.
    await kaluga.post(`/api/plans/${plan.body.id}/items`, {
      title: 'Подпункт',
      parentId: item.body.id,
      deadlineText: 'Декабрь',
      executors: [{ text: 'ИККО' }],
    });
    await approveAmendment(plan.body.id);
    const list = (await kaluga.get(`/api/plans/${plan.body.id}/occurrences`)).body.occurrences;
    expect(list.map((o: Occurrence) => `${o.itemNumber} ${o.executorLabel}`)).toEqual(['1.1 ИККО']);
  });

  it('items awaiting a date get dates when an election is attached', async () => {
    // Voting day half a year ahead: the 45-day deadline (ст. 11.1: voting day − 46 days) is still to come.
    const votingDay = shiftDays(new Date().toISOString().slice(0, 10), 200);
    const year = votingDay.slice(0, 4);
    const plan = await kaluga.post('/api/plans', {
      kind: 'calendar',
      title: 'Календарный план выборов',
      period: { start: `${year}-01-01`, end: `${year}-12-31` },
    });
    await kaluga.post(`/api/plans/${plan.body.id}/items`, {
      title: 'Опубликовать список избирательных участков',
      deadlineText: 'не позднее чем за 45 дней до дня голосования',
      executors: [{ text: 'ТИК' }],
    });
    await admin.patch(`/api/plans/${plan.body.id}`, { status: 'approved' });
    const progress = await kaluga.get(`/api/plans/${plan.body.id}/progress`);
    expect(progress.body.totals.awaiting).toBe(3);
    expect(progress.body.awaiting).toMatchObject([{ itemNumber: '1', executors: 3 }]);
    const mine = (await tik.get(`/api/me/occurrences?state=awaiting&planId=${plan.body.id}`)).body.occurrences;
    expect(mine).toHaveLength(1);

    expect((await tik.post(`/api/plans/${plan.body.id}/elections`, { name: 'Выборы', votingDay })).status).toBe(403);
    const attached = await kaluga.post(`/api/plans/${plan.body.id}/elections`, {
      name: 'Выборы депутатов Законодательного Собрания',
      votingDay,
      calledOn: shiftDays(votingDay, -95),
    });
    expect(attached.status).toBe(201);
    const after = (await tik.get(`/api/me/occurrences?state=all&planId=${plan.body.id}`)).body.occurrences;
    expect(after.map((o: Occurrence) => [o.state, o.windowEnd])).toEqual([['due', shiftDays(votingDay, -46)]]);
  });
});

describe('reports are records', () => {
  it('an item or a plan with reports cannot be deleted; without reports it can', async () => {
    const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План с отчетами', period: { start: '2026-01-01', end: '2026-12-31' } })).body;
    const section = (await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Раздел', kind: 'section' })).body;
    const reported = (
      await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Сверка данных', parentId: section.id, deadlineText: 'Март', executors: [{ text: 'ТИК' }] })
    ).body;
    const spare = (await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Лишний пункт', deadlineText: 'Апрель', executors: [{ text: 'ТИК' }] })).body;
    await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' });
    const occ = (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences.find((o: Occurrence) => o.itemId === reported.id);
    expect((await tik.post(`/api/occurrences/${occ.id}/reports`, { status: 'done', text: 'Сверка проведена' })).status).toBe(201);
    const before = await reportCount();

    for (const id of [reported.id, section.id]) {
      const r = await kaluga.raw('DELETE', `/api/items/${id}`);
      expect(r.status).toBe(409);
      expect(r.body.error.message).toContain('отчеты исполнителей');
    }
    const removePlan = await kaluga.raw('DELETE', `/api/plans/${plan.id}`);
    expect(removePlan.status).toBe(409);
    expect(await reportCount()).toBe(before);
    expect((await kaluga.get(`/api/plans/${plan.id}`)).body.items).toHaveLength(2);

    expect((await kaluga.raw('DELETE', `/api/items/${spare.id}`)).status).toBe(204);
  });

  it('returning a plan to draft takes its unreported occurrences away and keeps the reported ones', async () => {
    const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План на доработку', period: { start: '2026-01-01', end: '2026-12-31' } })).body;
    await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Сверка списков', deadlineText: 'Май', executors: [{ text: 'ТИК' }] });
    await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' });
    const mine = async () => (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences as Occurrence[];
    const occ = (await mine())[0]!;
    expect((await tik.post(`/api/occurrences/${occ.id}/reports`, { status: 'done', text: 'Готово' })).status).toBe(201);
    const all = async () => (await kaluga.get(`/api/plans/${plan.id}/occurrences`)).body.occurrences as Occurrence[];
    expect(await all()).toHaveLength(3);
    await admin.patch(`/api/plans/${plan.id}`, { status: 'draft' });
    expect((await all()).map((o) => o.id)).toEqual([]);
    await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' });
    const again = await all();
    expect(again).toHaveLength(3);
    expect(again.map((o) => o.id)).toContain(occ.id);
  });
});

describe('concurrent submissions', () => {
  it('reports that arrive together share one statement; one that fails does not fail the others', async () => {
    const me = (await tik.get('/api/auth/me')).body.user;
    const occ = (await myTesting())[0]!;
    const real = (t.database.db as unknown as { $client: { query: (...a: unknown[]) => Promise<unknown> } }).$client;
    let statements = 0;
    const counted = { $client: { query: (...a: unknown[]) => (statements++, real.query(...a)) } } as unknown as Db;
    const write = createReportWriter(counted);
    const submission = (n: number, authorId: string) => ({
      report: {
        occurrenceId: occ.id,
        status: 'done',
        text: `Пакетный отчет ${n}`,
        movedTo: null,
        metrics: {},
        links: [],
        fileIds: [],
        authorId,
        clientKey: `batch-${n}`,
      },
      audit: {
        actorId: authorId,
        organizationId: me.organizationId,
        ip: null,
        action: 'report.create' as const,
        entityType: 'report',
        entityId: null,
        after: { text: `Пакетный отчет ${n}` },
      },
      assignedTo: { organizationId: me.organizationId, personId: null },
    });
    const before = await reportCount();
    const stored = await Promise.all(Array.from({ length: 8 }, (_, n) => write(submission(n, me.id))));
    expect(statements).toBe(1);
    expect(stored.every((s) => s && s.planId === kalugaPlanId)).toBe(true);
    expect(await reportCount()).toBe(before + 8);
    const audited = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'report.create'));
    for (const s of stored) expect(audited.filter((e) => e.entityId === s!.id)).toHaveLength(1);

    // An author that does not exist breaks the batch's statement: the others are stored one by one.
    statements = 0;
    const results = await Promise.allSettled([
      write(submission(100, me.id)),
      write(submission(101, '00000000-0000-4000-8000-000000000000')),
      write(submission(102, me.id)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(statements).toBe(4);
    expect(await reportCount()).toBe(before + 10);
    // The same client key again (a retried submission) stores nothing and says so.
    expect(await write(submission(0, me.id))).toBeNull();
    expect(await reportCount()).toBe(before + 10);
  });
});

describe('plan indicators and reminder settings', () => {
  it('the planner sets the plan’s indicators; executors see them', async () => {
    const set = await kaluga.put(`/api/plans/${kalugaPlanId}/indicators`, {
      indicators: [
        { key: 'participants', title: 'Число участников' },
        { key: 'certificates', title: 'Выдано сертификатов' },
      ],
    });
    expect(set.status).toBe(200);
    expect(set.body.indicators.map((i: Indicator) => i.key)).toEqual(['participants', 'certificates']);
    expect((await tik.put(`/api/plans/${kalugaPlanId}/indicators`, { indicators: [] })).status).toBe(403);
    const occ = (await myTesting())[0]!;
    expect((await tik.get(`/api/occurrences/${occ.id}`)).body.indicators.map((i: Indicator) => i.title)).toEqual(['Число участников', 'Выдано сертификатов']);
  });

  it('a user opts out of reminders and back in', async () => {
    expect((await tik.get('/api/me/reminders')).body).toMatchObject({ enabled: true, configured: false });
    expect((await tik.put('/api/me/reminders', { enabled: false })).body.enabled).toBe(false);
    expect((await tik.put('/api/me/reminders', { enabled: true })).body.enabled).toBe(true);
    expect((await tik.get('/api/admin/reminders')).status).toBe(403);
    expect((await admin.get('/api/admin/reminders')).body).toMatchObject({ configured: false });
  });
});
