import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';

/**
 * The public page of a published plan, as a visitor of a commission's website
 * sees it: no sign-in, read-only, accessible; an unpublished plan is not there.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let api: Awaited<ReturnType<typeof apiSession>>;
let publishedId: string;
let unpublishedId: string;
let title: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
  api = await apiSession(server.url, 'kuzbass');
  const { plans } = await api.get<{ plans: { id: string; title: string }[] }>('/api/plans');
  // The seed plans, not the demo's consolidated plan or the ТИК plans cascaded from the work plan.
  const training = plans.find((p) => p.title.startsWith('Сводный план основных мероприятий'))!;
  const workPlan = plans.find((p) => p.title.startsWith('План работы Избирательной комиссии'))!;
  publishedId = training.id;
  unpublishedId = workPlan.id;
  title = training.title;
  await api.patch(`/api/plans/${publishedId}`, { published: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('public plan page', () => {
  it('opens a published plan without signing in', async () => {
    const response = await page.goto(`${server.url}/public/plans/${publishedId}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await expect(page.getByText('от 27 декабря 2021 г. № 3/20-7').count()).resolves.toBe(1);
    await expect(page.getByRole('term').filter({ hasText: 'Последнее изменение' }).count()).resolves.toBe(1);
    const table = page.getByRole('table', { name: 'Мероприятия плана' });
    await expect(table.getByRole('rowheader', { name: '1.2.1', exact: true }).count()).resolves.toBe(1);
    await expect(table.getByRole('columnheader', { name: 'Наименование мероприятия' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Список используемых сокращений' }).count()).resolves.toBe(1);
    await expect(page.locator('script').count()).resolves.toBe(0);
    await screenshot(page, 'export-public-page');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('its open data downloads without signing in', async () => {
    const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const csv = await page.request.get(`${server.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).startsWith('\uFEFF№;')).toBe(true);
    const json = await page.request.get(`${server.url}/api/public/plans/${publishedId}.json`);
    expect((await json.json()).title).toBe(title);
  });

  it('an unpublished plan answers 404', async () => {
    const response = await page.goto(`${server.url}/public/plans/${unpublishedId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('План не найден');
  });

  it('unpublishing takes the page down', async () => {
    await api.patch(`/api/plans/${publishedId}`, { published: false });
    const response = await page.goto(`${server.url}/public/plans/${publishedId}`);
    expect(response?.status()).toBe(404);
  });
});
