import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalLines } from '../../src/documents/export/approval-block.js';
import { generatedPlan } from '../../src/documents/export/export-plan.fixture.js';
import { planToDraft } from '../../src/documents/export/json.writer.js';
import { importPlan } from '../../src/documents/import/import-plan.js';
import { auditEvents, calendarTokens, plans, users } from '../../src/server/db/schema/index.js';
import { toSessionUser } from '../../src/server/services/auth.service.js';
import { client, type Client } from '../support/http.js';
import { convertToPdf, MISSING_CALC, MISSING_SOFFICE, pdfInfo, pdfText, renderFirstPage, soffice, sofficeCalc } from '../support/libreoffice.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { CalendarFeed, Plan } from '../support/api-types.js';

let t: TestApp;
let admin: Client;
let kaluga: Client;
let kuzbass: Client;
let kalugaTik: Client;
let anonymous: Client;
/** Demo plan ids by seed file. */
const seedPlans = new Map<string, string>();
const resultsDir = new URL('../../test-results/', import.meta.url).pathname;

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  kuzbass = client(t, await t.login('kuzbass'));
  kalugaTik = client(t, await t.login('kaluga-tik'));
  anonymous = client(t, null);
  for (const row of await t.database.db.select({ id: plans.id, source: plans.source }).from(plans)) {
    const file = (row.source as { fileName?: string } | null)?.fileName;
    if (file) seedPlans.set(file, row.id);
  }
});
afterAll(() => t.close());

/** Raw download: status, headers and bytes. */
async function download(url: string, cookie: string | null) {
  const r = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return { status: r.statusCode, headers: r.headers, bytes: r.rawPayload, text: r.body };
}
const cookieOf = async (login: string) => t.login(login);
/** A service call context for a demo user (to create big plans without thousands of requests). */
async function actor(login: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.login, login));
  return { user: toSessionUser(row!), ip: null };
}

interface Node {
  id: string;
  number: string;
  kind: string;
  title: string;
  deadlineText: string | null;
  deadline: { windows?: { start: string; end: string }[] } | null;
  executors: { text: string; kind: string; role: string; organizationId: string | null }[];
  fields: Record<string, string>;
  children: Node[];
}
const flatten = (nodes: Node[], out: Node[] = []): Node[] => {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
};

async function docxParts(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  return { document: await zip.file('word/document.xml')!.async('string'), text: (await mammoth.extractRawText({ buffer: bytes })).value };
}

const SEEDS = [
  'kaluga-program-and-plan-2022.txt',
  'kuzbass-public-hq-observation-2021.txt',
  'kuzbass-training-plan-2022.txt',
  'kuzbass-work-plan-2024.txt',
  'kyrgyz-cec-anticorruption-plan-2023-2025.txt',
];

describe('DOCX of the five seed plans', () => {
  const docs = new Map<string, Buffer>();
  const seedDocx = async (file: string) => {
    if (!docs.has(file)) docs.set(file, (await download(`/api/plans/${seedPlans.get(file)!}/export?format=docx`, await cookieOf('admin'))).bytes);
    return docs.get(file)!;
  };

  it.each(SEEDS)('%s: approval block, every number, glossary, landscape, repeated header', async (file) => {
    const id = seedPlans.get(file)!;
    const cookie = await cookieOf('admin');
    const r = await download(`/api/plans/${id}/export?format=docx`, cookie);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.docx"; filename\*=UTF-8''.+\.docx$/);
    docs.set(file, r.bytes);
    const plan = (await admin.get(`/api/plans/${id}`)).body;
    const { document, text } = await docxParts(r.bytes);
    expect(document.match(/<w:pgSz [^>]*>/)?.[0]).toContain('w:orient="landscape"');
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(2);
    const words = text.replace(/\s+/g, ' ');
    if (plan.approval) {
      expect(words).toContain(plan.approval.number ?? plan.approval.authority);
      for (const line of approvalLines(plan)) expect(words).toContain(line);
    }
    const cells = new Set(text.split('\n').map((l) => l.trim()));
    for (const item of flatten(plan.items)) expect(cells.has(item.number), `item ${item.number}`).toBe(true);
    for (const a of plan.abbreviations) expect(words).toContain(`${a.short} – ${a.full}`.replace(/\s+/g, ' ').trim());
  });

  it.skipIf(!soffice)('LibreOffice converts each to a landscape PDF; page 1 rendered under test-results/', { timeout: 240_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planik-docx-'));
    try {
      const files: string[] = [];
      for (const file of SEEDS) {
        const path = join(dir, file.replace(/\.txt$/, '.docx'));
        await writeFile(path, await seedDocx(file));
        files.push(path);
      }
      expect(files).toHaveLength(5);
      await convertToPdf(files, dir);
      await mkdir(resultsDir, { recursive: true });
      for (const path of files) {
        const pdf = path.replace(/\.docx$/, '.pdf');
        const info = await pdfInfo(pdf);
        expect(info.pages).toBeGreaterThan(0);
        expect(info.width).toBeGreaterThan(info.height);
        const name = path
          .split('/')
          .pop()!
          .replace(/\.docx$/, '');
        // The number column is wide enough for its heading's words («Номер строки» printed as «строк» / «и» before).
        const plan = (await admin.get(`/api/plans/${seedPlans.get(`${name}.txt`)!}`)).body;
        const heading = plan.columns.find((c: { role: string }) => c.role === 'number')?.title ?? '';
        const printed = new Set((await pdfText(pdf, 1, 1)).split(/\s+/));
        for (const word of heading.split(/\s+/).filter(Boolean)) expect(printed.has(word), `${name}: «${word}» of the number column whole`).toBe(true);
        const png = await renderFirstPage(pdf, join(resultsDir, `export-docx-${name}-page1`));
        expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  if (!soffice) it.skip(MISSING_SOFFICE, () => {});
});

describe('XLSX of the five seed plans prints as the plan', () => {
  it.skipIf(!sofficeCalc)('LibreOffice: title and approval block on page 1, landscape pages, no cell text cut', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planik-xlsx-'));
    try {
      const files: string[] = [];
      for (const file of SEEDS) {
        const path = join(dir, file.replace(/\.txt$/, '.xlsx'));
        await writeFile(path, (await download(`/api/plans/${seedPlans.get(file)!}/export?format=xlsx`, await cookieOf('admin'))).bytes);
        files.push(path);
      }
      await convertToPdf(files, dir);
      await mkdir(resultsDir, { recursive: true });
      const words = (s: string) =>
        s
          .replace(/[«»"„“()]/g, ' ')
          .split(/\s+/)
          .filter((w) => w.length > 0);
      for (const [i, file] of SEEDS.entries()) {
        const pdf = files[i]!.replace(/\.xlsx$/, '.pdf');
        const info = await pdfInfo(pdf);
        expect(info.pages, file).toBeGreaterThan(0);
        expect(info.width, `${file}: landscape`).toBeGreaterThan(info.height);
        const plan = (await admin.get(`/api/plans/${seedPlans.get(file)!}`)).body;
        const norm = (s: string) => s.replace(/[«»"„“()]/g, ' ').replace(/\s+/g, ' ');
        const page1 = norm(await pdfText(pdf, 1, 1));
        const all = norm(await pdfText(pdf));
        // The title may wrap: every word of it on page 1; the approval block too.
        for (const w of words(plan.title)) expect(page1, `${file}: title word «${w}» on page 1`).toContain(w);
        for (const line of approvalLines(plan)) for (const w of words(line)) expect(page1, `${file}: approval «${w}»`).toContain(w);
        // Page 1 of the spreadsheet is the plan, not the data dump: no ids.
        expect(page1).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
        // No cell cut: every word of every item title is printed.
        for (const item of flatten(plan.items)) for (const w of words(item.title)) expect(all, `${file}: item ${item.number} «${w}»`).toContain(w);
        const name = file.replace(/\.txt$/, '');
        const png = await renderFirstPage(pdf, join(resultsDir, `export-xlsx-${name}-page1`));
        expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  if (!sofficeCalc) it.skip(MISSING_CALC, () => {});
});

describe('other formats of the seed plans', () => {
  it('JSON imports back as the same plan', async () => {
    const id = seedPlans.get('kuzbass-training-plan-2022.txt')!;
    const original = (await kuzbass.get(`/api/plans/${id}`)).body;
    const r = await download(`/api/plans/${id}/export?format=json`, await cookieOf('kuzbass'));
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const draft = await importPlan(r.bytes, { fileName: 'plan.json' });
    const created = await t.app.services.plans.createFromDraft(await actor('kuzbass'), original.organizationId, draft);
    const copy = (await kuzbass.get(`/api/plans/${created.id}`)).body;
    const essence = (p: Plan) => ({
      title: p.title,
      kind: p.kind,
      period: p.period,
      approval: p.approval,
      columns: p.columns,
      abbreviations: p.abbreviations,
      items: flatten(p.items).map((i) => ({
        number: i.number,
        kind: i.kind,
        title: i.title,
        deadlineText: i.deadlineText,
        windows: i.deadline?.windows ?? null,
        executors: i.executors.map((e) => [e.text, e.kind, e.role, e.organizationId]),
        fields: i.fields,
      })),
    });
    expect(essence(copy)).toEqual(essence(original));
  });

  it('XLSX: one row per item with the right numbers and deadlines', async () => {
    const id = seedPlans.get('kuzbass-work-plan-2024.txt')!;
    const plan = (await kuzbass.get(`/api/plans/${id}`)).body;
    const r = await download(`/api/plans/${id}/export?format=xlsx`, await cookieOf('kuzbass'));
    expect(r.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Данные')!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = (name: string) => headers.indexOf(name);
    const items = flatten(plan.items);
    expect(sheet.rowCount).toBe(items.length + 1);
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : null);
    items.forEach((item, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('№')).value).toBe(item.number);
      expect(row.getCell(col('Срок исполнения')).value ?? null).toBe(item.deadlineText || null);
      const windows = item.deadline?.windows ?? [];
      expect(day(row.getCell(col('Срок: начало')).value)).toBe(windows[0]?.start ?? null);
      expect(day(row.getCell(col('Срок: окончание')).value)).toBe(windows.at(-1)?.end ?? null);
    });
    expect(workbook.getWorksheet('Сокращения')!.rowCount).toBe(plan.abbreviations.length + 1);
  });

  it('ICS parses with one event per deadline window', async () => {
    const id = seedPlans.get('kuzbass-public-hq-observation-2021.txt')!;
    const plan = (await admin.get(`/api/plans/${id}`)).body;
    const r = await download(`/api/plans/${id}/export?format=ics`, await cookieOf('admin'));
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = Object.values(ical.sync.parseICS(r.text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    const windows = flatten(plan.items)
      .filter((i) => i.kind !== 'section')
      .flatMap((i) => i.deadline?.windows ?? []);
    expect(windows.length).toBeGreaterThan(20);
    expect(events).toHaveLength(windows.length);
    expect(events.every((e) => e.datetype === 'date')).toBe(true);
    expect(String((events[0]!.url as unknown as { val: string }).val)).toMatch(new RegExp(`^http://localhost(:80)?/plans/${id}\\?item=`));
  });

  it('CSV: UTF-8 with BOM, one line per item', async () => {
    const id = seedPlans.get('kaluga-program-and-plan-2022.txt')!;
    const plan = (await kaluga.get(`/api/plans/${id}`)).body;
    const r = await download(`/api/plans/${id}/export?format=csv`, await cookieOf('kaluga'));
    expect(r.status).toBe(200);
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toHaveLength(flatten(plan.items).length + 1);
  });

  it('PDF', async () => {
    const id = seedPlans.get('kuzbass-training-plan-2022.txt')!;
    const r = await download(`/api/plans/${id}/export?format=pdf&fontSize=14`, await cookieOf('kuzbass'));
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('export options and bad input', () => {
  it('a subset: one section, one executor, one month', async () => {
    const id = seedPlans.get('kuzbass-training-plan-2022.txt')!;
    const cookie = await cookieOf('kuzbass');
    const section = await docxParts((await download(`/api/plans/${id}/export?format=docx&section=2`, cookie)).bytes);
    const cells = new Set(section.text.split('\n').map((l) => l.trim()));
    expect(cells.has('2.1')).toBe(true);
    expect(cells.has('1.1.1')).toBe(false);
    const csv = (await download(`/api/plans/${id}/export?format=csv&executor=${encodeURIComponent('РЦОИТ при ЦИК России')}`, cookie)).text;
    expect(csv).toContain('РЦОИТ при ЦИК России');
    expect(
      csv
        .split('\r\n')
        .filter((l) => /;пункт;/.test(l))
        .every((l) => l.includes('РЦОИТ')),
    ).toBe(true);
    const month = JSON.parse((await download(`/api/plans/${id}/export?format=json&month=2022-03`, cookie)).text);
    expect(month.items.length).toBeGreaterThan(0);
  });

  it('an unknown format, a bad month or font size → 400 validation_failed', async () => {
    const id = seedPlans.get('kuzbass-training-plan-2022.txt')!;
    for (const query of ['format=odt', '', 'format=docx&month=2022-13', 'format=docx&fontSize=30']) {
      const r = await kuzbass.get(`/api/plans/${id}/export?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
    }
  });

  it('exports show only what the caller may read', async () => {
    const id = seedPlans.get('kuzbass-training-plan-2022.txt')!;
    expect((await kaluga.get(`/api/plans/${id}/export?format=docx`)).status).toBe(404);
    expect((await anonymous.get(`/api/plans/${id}/export?format=docx`)).status).toBe(401);
  });

  it('characters invalid in XML are removed, not fatal', async () => {
    const plan = (
      await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План\u0001 с управляющими символами', period: { start: '2025-01-01', end: '2025-12-31' } })
    ).body;
    const item = await kaluga.post(`/api/plans/${plan.id}/items`, {
      title: 'Семинар\u000b для ТИК\u0007',
      deadlineText: 'Март',
      executors: [{ text: 'ТИК\u0002' }],
    });
    expect(item.status).toBe(201);
    const cookie = await cookieOf('kaluga');
    for (const format of ['docx', 'xlsx', 'pdf', 'ics', 'csv', 'json']) {
      const r = await download(`/api/plans/${plan.id}/export?format=${format}`, cookie);
      expect(r.status, format).toBe(200);
      if (['ics', 'csv', 'json'].includes(format)) expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(r.text), format).toBe(false);
    }
    const { text } = await docxParts((await download(`/api/plans/${plan.id}/export?format=docx`, cookie)).bytes);
    expect(text).toContain('Семинар для ТИК');
  });

  it('a plan of 5,000 items exports to DOCX and XLSX', { timeout: 120_000 }, async () => {
    const me = (await kaluga.get('/api/auth/me')).body;
    const draft = planToDraft(generatedPlan(5000));
    const created = await t.app.services.plans.createFromDraft(await actor('kaluga'), me.user.organizationId, draft);
    const cookie = await cookieOf('kaluga');
    const xlsx = await download(`/api/plans/${created.id}/export?format=xlsx`, cookie);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Данные')!.rowCount).toBe(5001);
    const docx = await download(`/api/plans/${created.id}/export?format=docx`, cookie);
    expect(docx.status).toBe(200);
    expect((await JSZip.loadAsync(docx.bytes)).file('word/document.xml')).not.toBeNull();
  });
});

describe('calendar feeds', () => {
  it('a plan feed works without a session, is stored hashed, audited and revocable', async () => {
    const id = seedPlans.get('kaluga-program-and-plan-2022.txt')!;
    const created = await kaluga.post('/api/calendar-feeds', { planId: id });
    expect(created.status).toBe(201);
    const url = new URL(created.body.url);
    expect(url.pathname).toMatch(/^\/api\/calendars\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.pathname
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');
    const stored = await t.database.db.select().from(calendarTokens).where(eq(calendarTokens.id, created.body.id));
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const feed = await download(url.pathname, null);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = Object.values(ical.sync.parseICS(feed.text)).filter((c) => c?.type === 'VEVENT');
    const plan = (await kaluga.get(`/api/plans/${id}`)).body;
    expect(events).toHaveLength(
      flatten(plan.items)
        .filter((i) => i.kind !== 'section')
        .flatMap((i) => i.deadline?.windows ?? []).length,
    );

    expect((await kaluga.get('/api/calendar-feeds')).body.feeds.map((f: CalendarFeed) => f.id)).toContain(created.body.id);
    const actions = async () =>
      (
        await t.database.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.entityType, 'calendar_feed'), eq(auditEvents.entityId, created.body.id)))
      ).map((e) => e.action);
    expect(await actions()).toEqual(['calendar_feed.create']);
    expect((await kaluga.del(`/api/calendar-feeds/${created.body.id}`)).status).toBe(204);
    expect((await actions()).sort()).toEqual(['calendar_feed.create', 'calendar_feed.revoke']);
    expect((await download(url.pathname, null)).status).toBe(404);
    expect((await kaluga.del(`/api/calendar-feeds/${created.body.id}`)).status).toBe(404);
  });

  it('unknown tokens are 404; nobody gets a feed of what they cannot read', async () => {
    expect((await download('/api/calendars/cal_nonexistent.ics', null)).status).toBe(404);
    expect((await download('/api/calendars/whatever.ics', null)).status).toBe(404);
    const kalugaPlan = seedPlans.get('kaluga-program-and-plan-2022.txt')!;
    expect((await kuzbass.post('/api/calendar-feeds', { planId: kalugaPlan })).status).toBe(404);
    const kalugaOrg = (await kaluga.get('/api/auth/me')).body.user.organizationId;
    expect((await kuzbass.post('/api/calendar-feeds', { organizationId: kalugaOrg })).status).toBe(403);
    expect((await kuzbass.post('/api/calendar-feeds', {})).status).toBe(400);
  });

  it('an executor organisation’s feed holds its items only, across plans', async () => {
    const tikOrg = (await kalugaTik.get('/api/auth/me')).body.user.organizationId;
    const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План с заданиями ТИК', period: { start: '2025-01-01', end: '2025-12-31' } }))
      .body;
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      title: 'Отчет ТИК',
      deadlineText: 'ежеквартально',
      executors: [{ text: 'ТИК Бабынинского района', kind: 'organization', organizationId: tikOrg }],
    });
    await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Только для ИККО', deadlineText: 'Март', executors: [{ text: 'ИККО' }] });
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
    const created = await kalugaTik.post('/api/calendar-feeds', { organizationId: tikOrg });
    expect(created.status).toBe(201);
    const feed = await download(new URL(created.body.url).pathname, null);
    expect(feed.status).toBe(200);
    const events = Object.values(ical.sync.parseICS(feed.text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(4);
    expect(events.every((e) => String(e.summary).includes('Отчет ТИК'))).toBe(true);
  });
});

describe('public page', () => {
  it('unpublished → 404; published → a read-only page and open data without signing in; unpublished again → 404', async () => {
    const id = seedPlans.get('kuzbass-training-plan-2022.txt')!;
    expect((await download(`/public/plans/${id}`, null)).status).toBe(404);
    expect((await download(`/api/public/plans/${id}.json`, null)).status).toBe(404);
    const plan = (await kuzbass.get(`/api/plans/${id}`)).body;
    expect((await kuzbass.patch(`/api/plans/${id}`, { published: true })).status).toBe(200);

    const page = await download(`/public/plans/${id}`, null);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain(`<h1>${plan.title}</h1>`);
    expect(page.text).toContain('№ 3/20-7');
    expect(page.text).toContain('Последнее изменение');
    expect(page.text).not.toContain('<script');

    const json = await download(`/api/public/plans/${id}.json`, null);
    expect(json.status).toBe(200);
    expect(json.headers['access-control-allow-origin']).toBe('*');
    expect((await importPlan(json.bytes)).title).toBe(plan.title);
    const csv = await download(`/api/public/plans/${id}.csv`, null);
    expect(csv.status).toBe(200);
    expect(csv.text.startsWith('\uFEFF№;')).toBe(true);

    expect((await kuzbass.patch(`/api/plans/${id}`, { published: false })).status).toBe(200);
    expect((await download(`/public/plans/${id}`, null)).status).toBe(404);
    expect((await download(`/api/public/plans/${id}.csv`, null)).status).toBe(404);
  });

  it('a signed-in reader of an unpublished plan still gets 404 on its public page; bad ids are 404', async () => {
    const id = seedPlans.get('kuzbass-work-plan-2024.txt')!;
    const r = await download(`/public/plans/${id}`, await cookieOf('kuzbass'));
    expect(r.status).toBe(404);
    expect(r.text).toContain('План не найден');
    expect((await download('/public/plans/not-a-uuid', null)).status).toBe(404);
    expect((await download('/api/public/plans/not-a-uuid.json', null)).status).toBe(404);
  });
});
