import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../../src/server/db/schema/index.js';
import { client } from '../support/http.js';
import { convertToPdf, MISSING_SOFFICE, pdfText, renderFirstPage, soffice } from '../support/libreoffice.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #20: the CEC of Kyrgyzstan's strategic plan exported in Kyrgyz — the headings, column
 * titles and гриф the system adds are Kyrgyz, the plan's own texts stay as written.
 */
let t: TestApp;
let cookie: string;
let planId: string;
const resultsDir = new URL('../../test-results/', import.meta.url).pathname;

beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('kg-cec');
  for (const row of await t.database.db.select({ id: plans.id, source: plans.source }).from(plans)) {
    if ((row.source as { fileName?: string } | null)?.fileName === 'kyrgyz-cec-anticorruption-plan-2023-2025.txt') planId = row.id;
  }
});
afterAll(() => t.close());

async function download(query: string) {
  const r = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export?${query}`, headers: { cookie } });
  return { status: r.statusCode, bytes: r.rawPayload, text: r.body };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');
// Narrow columns break words across lines («Аткаруу-/чу»): compare without spaces and hyphens.
const squeeze = (s: string) => s.replace(/[\s\-\u00ad]+/g, '');
const expectTitles = (text: string, titles: string[]) => {
  for (const title of titles) expect(squeeze(text), title).toContain(squeeze(title));
};

// The seed plan was approved by the CEC's chairwoman: «УТВЕРЖДАЮ» → «БЕКИТЕМИН», the date in Kyrgyz.
const KY_APPROVAL = ['БЕКИТЕМИН', '2023-жылдын 26-июну'];
const KY_COLUMNS = [
  'Стратегиялык максат',
  'Коррупцияга каршы чара',
  'Милдеттер',
  'Аракет же иш-чара',
  'Аткаруучу',
  'Каржылоо булактары',
  'Натыйжа',
  'I жыл',
  'III жыл',
];

describe('the Kyrgyz strategic plan of the CEC as documents', () => {
  it.skipIf(!soffice)(
    'DOCX (?lang=ky) rendered by LibreOffice has the Kyrgyz гриф and column titles, and the plan text as written',
    { timeout: 240_000 },
    async () => {
      const plan = (await client(t, cookie).get(`/api/plans/${planId}`)).body;
      const r = await download('format=docx&lang=ky');
      expect(r.status).toBe(200);
      const dir = await mkdtemp(join(tmpdir(), 'planik-ky-'));
      try {
        const docx = join(dir, 'strategic-ky.docx');
        await writeFile(docx, r.bytes);
        await convertToPdf([docx], dir);
        const text = oneLine(await pdfText(join(dir, 'strategic-ky.pdf')));
        for (const line of KY_APPROVAL) expect(text).toContain(line);
        expect(text).toContain('Колдонулган кыскартуулардын тизмеси');
        // Column titles in narrow columns wrap mid-word on the page; the wide ones read whole.
        expectTitles(text, ['Коррупцияга каршы чара', 'Милдеттер', 'Натыйжа']);
        expect(text).not.toContain('УТВЕРЖДАЮ');
        expect(text).not.toContain('Список используемых сокращений');
        // Every column title, read from the document itself.
        const xml = await (await JSZip.loadAsync(r.bytes)).file('word/document.xml')!.async('string');
        const docText = oneLine(
          xml
            .replace(/<w:tab\/>/g, ' ')
            .replace(/<\/w:p>/g, ' ')
            .replace(/<[^>]+>/g, ''),
        );
        expectTitles(docText, KY_COLUMNS);
        expect(docText).not.toContain('Источники финансирования');
        expect(docText).not.toContain('Сроки исполнения по годам');
        // The plan's own title and items are not translated.
        expect(text).toContain(oneLine(plan.title).slice(0, 40));
        expect(text).toContain('Шайлдабекова');
        await mkdir(resultsDir, { recursive: true });
        await renderFirstPage(join(dir, 'strategic-ky.pdf'), join(resultsDir, 'export-docx-kyrgyz-strategic-page1'));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
  if (!soffice) it.skip(MISSING_SOFFICE, () => {});

  it('without lang the same plan exports in Russian', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planik-ky-'));
    try {
      const pdf = join(dir, 'ru.pdf');
      await writeFile(pdf, (await download('format=pdf')).bytes);
      const text = oneLine(await pdfText(pdf));
      expect(text).toContain('УТВЕРЖДАЮ');
      expect(text).toContain('Список используемых сокращений');
      expect(text).not.toContain('БЕКИТЕМИН');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('PDF (?lang=ky) has the Kyrgyz гриф and column titles', async () => {
    const r = await download('format=pdf&lang=ky');
    expect(r.status).toBe(200);
    const dir = await mkdtemp(join(tmpdir(), 'planik-ky-'));
    try {
      const pdf = join(dir, 'ky.pdf');
      await writeFile(pdf, r.bytes);
      const text = oneLine(await pdfText(pdf));
      for (const line of KY_APPROVAL) expect(text).toContain(line);
      expect(text).toContain('Колдонулган кыскартуулардын тизмеси');
      expectTitles(text, ['Коррупцияга каршы чара', 'Милдеттер', 'Натыйжа']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('XLSX (?lang=ky): the plan sheet carries the Kyrgyz гриф and column titles', async () => {
    const r = await download('format=xlsx&lang=ky');
    expect(r.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('План')!;
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
    const all = oneLine(cells.join(' | '));
    for (const line of KY_APPROVAL) expect(all).toContain(line);
    expectTitles(all, KY_COLUMNS);
  });

  it('XLSX (?lang=ky): the data and glossary sheets have Kyrgyz names and column titles; without lang they stay Russian', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('format=xlsx&lang=ky')).bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['План', 'Маалыматтар', 'Кыскартуулар']);
    const headers = (workbook.getWorksheet('Маалыматтар')!.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers.slice(0, 3)).toEqual(['№', 'Деңгээл', 'Түрү']);
    expect(headers).toEqual(expect.arrayContaining(['Мөөнөт: түрү', 'Мөөнөт: башталышы', 'Аткаруучу 1', 'Пункттун идентификатору']));
    expect(headers.join(' ')).not.toMatch(/Уровень|Срок:|Исполнитель \d|Идентификатор/);
    const russian = new ExcelJS.Workbook();
    await russian.xlsx.load((await download('format=xlsx')).bytes as unknown as ArrayBuffer);
    expect(russian.worksheets.map((w) => w.name)).toEqual(['План', 'Данные', 'Сокращения']);
  });

  it('CSV (?lang=ky) has the Kyrgyz header line', async () => {
    const r = await download('format=csv&lang=ky');
    expect(r.status).toBe(200);
    const head = r.text.replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(head.startsWith('№;Деңгээл;Түрү;')).toBe(true);
    expect(head.endsWith('Пункттун идентификатору')).toBe(true);
  });

  it('the Kyrgyz execution report shows only what the caller may read: another region is refused, never 200 or 500', async () => {
    const other = await t.login('kuzbass');
    const url = `/api/plans/${planId}/execution-report?from=2023-01-01&to=2023-12-31&format=pdf&lang=ky`;
    expect([403, 404]).toContain((await t.app.inject({ method: 'GET', url, headers: { cookie: other } })).statusCode);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    // The plan itself is published (demo): its Kyrgyz export is open to any signed-in reader, like the public page.
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export?format=docx&lang=ky`, headers: { cookie: other } })).statusCode).toBe(200);
  });

  it('a language other than ru or ky is refused with a Russian message', async () => {
    const r = await download('format=docx&lang=en');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).error.message).toMatch(/Язык/);
  });
});

describe('the execution report in Kyrgyz', () => {
  it('DOCX and PDF (?lang=ky): Kyrgyz title, headings, columns and draft decision; the plan title as written', { timeout: 120_000 }, async () => {
    const query = 'from=2023-01-01&to=2023-12-31';
    const docx = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/execution-report?${query}&format=docx&lang=ky`, headers: { cookie } });
    expect(docx.statusCode).toBe(200);
    expect(decodeURIComponent(String(docx.headers['content-disposition']))).toContain('2023-жыл үчүн пландын аткарылышы жөнүндө отчет.docx');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const text = oneLine(xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, ''));
    for (const heading of [
      '2023-жыл үчүн пландын аткарылышы жөнүндө отчет',
      'Аткаруучулар боюнча аткаруунун жыйынтыктары',
      'Аткаруу жөнүндө белги',
      'Чечимдин долбоору',
      'Пландын аткарылышын көзөмөлдөө комиссиянын катчысына жүктөлсүн.',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain('Проект решения');
    expect(text).toContain('Стратегический план действий');

    const pdf = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/execution-report?${query}&format=pdf&lang=ky`, headers: { cookie } });
    expect(pdf.statusCode).toBe(200);
    const dir = await mkdtemp(join(tmpdir(), 'planik-ky-'));
    try {
      await writeFile(join(dir, 'report.pdf'), pdf.rawPayload);
      const pdfWords = oneLine(await pdfText(join(dir, 'report.pdf')));
      expect(pdfWords).toContain('Чечимдин долбоору');
      expect(pdfWords).toContain('Аналитикалык маалымкат');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('without lang the report stays Russian', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/execution-report?from=2023-01-01&to=2023-12-31&format=docx`,
      headers: { cookie },
    });
    const xml = await (await JSZip.loadAsync(r.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Проект решения');
    expect(xml).not.toContain('Чечимдин долбоору');
  });
});

describe('the public page in both languages', () => {
  const page = async (query: string) => {
    const r = await t.app.inject({ method: 'GET', url: `/public/plans/${planId}${query}` });
    return { status: r.statusCode, html: r.body, language: r.headers['content-language'] };
  };

  it('Kyrgyz (?lang=ky): lang="ky", Kyrgyz headings and гриф, the Russian plan text marked lang="ru", links to both languages', async () => {
    const { status, html, language } = await page('?lang=ky');
    expect(status).toBe(200);
    expect(language).toBe('ky');
    expect(html).toContain('<html lang="ky">');
    expect(html).toContain('<caption>Пландын иш-чаралары</caption>');
    expect(html).toContain('БЕКИТЕМИН');
    expect(html).toContain('Колдонулган кыскартуулардын тизмеси');
    expect(html).toMatch(/<h1 lang="ru">Стратегический план/);
    expect(html).toContain('<tbody lang="ru">');
    expect(html).toContain(`<a href="/public/plans/${planId}?lang=ky" lang="ky" hreflang="ky" aria-current="page">Кыргызча</a>`);
    expect(html).toContain(`<a href="/public/plans/${planId}?lang=ru" lang="ru" hreflang="ru">Русский</a>`);
  });

  it('Russian by default and for an unknown language; the plan text then needs no lang of its own', async () => {
    for (const query of ['', '?lang=ru', '?lang=xx']) {
      const { status, html } = await page(query);
      expect(status).toBe(200);
      expect(html).toContain('<html lang="ru">');
      expect(html).toContain('<caption>Мероприятия плана</caption>');
      expect(html).toContain('<tbody>');
      expect(html).toContain('aria-current="page">Русский</a>');
    }
  });

  it('an unknown plan is a 404 page in the asked language', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/public/plans/00000000-0000-4000-8000-000000000000?lang=ky' });
    expect(r.statusCode).toBe(404);
    expect(r.body).toContain('<html lang="ky">');
    expect(r.body).toContain('План табылган жок');
  });
});
