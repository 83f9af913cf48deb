import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, signIn, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';

/**
 * The planner's «Выгрузить» menu on the plan page: the plan as Word, Excel, PDF,
 * CSV, JSON and ICS; a secret calendar link a calendar app can read without a
 * session; publishing from the plan's header and the public page link.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let planId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
  const api = await apiSession(server.url, 'kuzbass');
  const { plans } = await api.get<{ plans: { id: string; title: string; published: boolean }[] }>('/api/plans');
  // The seed work plan itself, not a ТИК's plan cascaded from it (the demo has those too).
  const workPlan = plans.find((p) => p.title.startsWith('План работы Избирательной комиссии'))!;
  expect(workPlan.published).toBe(false);
  planId = workPlan.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const openMenu = async () => {
  await page.getByRole('button', { name: 'Выгрузить' }).click();
  await page.getByTestId('export-docx').waitFor();
};

describe.sequential('plan export menu', () => {
  it('downloads the plan in every format with the session of the signed-in planner', async () => {
    await signIn(page, server.url, 'kuzbass');
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByTestId('plan-title').waitFor();
    await openMenu();
    await expect(page.getByText('План не опубликован: публичной страницы нет.').count()).resolves.toBe(1);
    const expectations: [string, string, (body: Buffer) => boolean][] = [
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', (b) => b.subarray(0, 2).toString() === 'PK'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (b) => b.subarray(0, 2).toString() === 'PK'],
      ['pdf', 'application/pdf', (b) => b.subarray(0, 5).toString() === '%PDF-'],
      ['csv', 'text/csv', (b) => b.toString('utf8').startsWith('\uFEFF')],
      ['json', 'application/json', (b) => JSON.parse(b.toString('utf8')).items.length > 0],
      ['ics', 'text/calendar', (b) => b.toString('utf8').startsWith('BEGIN:VCALENDAR')],
    ];
    for (const [format, type, looksRight] of expectations) {
      const href = await page.getByTestId(`export-${format}`).getAttribute('href');
      expect(href).toContain(`/api/plans/${planId}/export?format=${format}`);
      const response = await page.request.get(`${server.url}${href}`);
      expect(response.status(), format).toBe(200);
      expect(response.headers()['content-type'], format).toContain(type);
      expect(response.headers()['content-disposition'], format).toContain('attachment');
      expect(looksRight(await response.body()), format).toBe(true);
    }
    await screenshot(page, 'export-menu');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('the font size choice reaches the Word document link', async () => {
    await page.getByTestId('export-menu').getByText('14', { exact: true }).click();
    await expect(page.getByTestId('export-docx').getAttribute('href')).resolves.toContain('fontSize=14');
    await expect(page.getByTestId('export-xlsx').getAttribute('href')).resolves.not.toContain('fontSize');
  });

  it('exports only one section when asked', async () => {
    await page.getByTestId('export-menu').getByLabel('Раздел').selectOption('2');
    const href = await page.getByTestId('export-csv').getAttribute('href');
    expect(href).toContain('section=2');
    const csv = await (await page.request.get(`${server.url}${href}`)).text();
    const numbers = csv
      .split('\n')
      .slice(1)
      .map((line) => line.split(';')[0]!.replace(/"/g, ''))
      .filter(Boolean);
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers.every((n) => n === '2' || n.startsWith('2.'))).toBe(true);
    await page.getByTestId('export-menu').getByLabel('Раздел').selectOption('');
    await expect(page.getByTestId('export-csv').getAttribute('href')).resolves.not.toContain('section=');
  });

  it('gives a secret calendar link that works without a session', async () => {
    await page.getByRole('button', { name: 'Ссылка для календаря' }).click();
    const field = page.getByLabel('Секретная ссылка на календарь плана');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/api\/calendars\/[^/]+\.ics$/);
    const anonymous = await fetch(new URL(new URL(url).pathname, server.url));
    expect(anonymous.status).toBe(200);
    expect(await anonymous.text()).toContain('BEGIN:VEVENT');
  });

  it('publishing from the plan header shows the public page link', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Шапка плана' }).click();
    const form = page.getByTestId('plan-header-form');
    await form.getByLabel('Опубликован (публичная страница без входа)').check();
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await form.waitFor({ state: 'detached' });
    await openMenu();
    const link = page.getByRole('link', { name: 'Публичная страница плана' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/public/plans/${planId}`);
    const anonymous = await fetch(new URL(href!, server.url));
    expect(anonymous.status).toBe(200);
  });
});
