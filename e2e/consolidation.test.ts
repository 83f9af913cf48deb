import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';

/**
 * Consolidation in the browser (issue #17): the Kaluga planner cascades a plan to its ТИКs,
 * sees who has submitted, builds the consolidated plan, accepts a source's change there,
 * and opens the regional dashboard.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let planId = '';
let itemId = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  const kaluga = await apiSession(server.url, 'kaluga');
  planId = (
    await kaluga.post<{ id: string }>('/api/plans', {
      kind: 'work_plan',
      title: 'План работы на 2026 год (свод)',
      period: { start: '2026-01-01', end: '2026-12-31' },
    })
  ).id;
  itemId = (
    await kaluga.post<{ id: string }>(`/api/plans/${planId}/items`, { title: 'Семинар для членов УИК', deadlineText: 'Март', executors: [{ text: 'ТИК' }] })
  ).id;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('consolidation', () => {
  it('the regional planner cascades the plan to its ТИКs and sees their plans', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByTestId('consolidation-link').click();
    await page.getByRole('heading', { name: 'Связанные планы и сводный план', level: 1 }).waitFor();
    await page.getByTestId('cascade-open').click();
    await page.getByRole('dialog').getByTestId('cascade-submit').click();
    await page.getByTestId('cascade-result').waitFor();
    expect(await page.getByTestId('cascade-result').textContent()).toContain('добавлено в планы комиссий: 3');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('linked-plan').count()).toBe(3);
    await screenshot(page, 'consolidation-linked');
  });

  it('a ТИК submits; the region builds the consolidated plan and accepts a source change there', async () => {
    const admin = await apiSession(server.url, 'admin');
    const linked = (await admin.get<{ plans: { id: string; organizationName: string }[] }>(`/api/plans/${planId}/linked`)).plans;
    const babynino = linked.find((p) => p.organizationName === 'ТИК Бабынинского района')!;
    await admin.post(`/api/plans/${babynino.id}/approve`, {
      act: { kind: 'решение', authority: 'ТИК Бабынинского района', date: '2026-01-25', number: '1/1' },
    });
    await admin.post(`/api/plans/${babynino.id}/submit`);
    await page.reload();
    await page.locator('[data-testid="linked-plan"]', { hasText: 'ТИК Бабынинского района' }).getByText('представлен').waitFor();
    await page.getByTestId('build-consolidated').click();
    await page.getByTestId('consolidated-result').waitFor();
    await page.getByTestId('consolidated-result').getByRole('link').click();
    await page.getByTestId('updates-empty').waitFor();

    const kaluga = await apiSession(server.url, 'kaluga');
    await kaluga.patch(`/api/items/${itemId}`, { title: 'Семинар для председателей УИК' });
    await page.reload();
    // The region's own item changed; the ТИК's item (its own copy) did not, so only one update waits.
    await expect.poll(() => page.getByTestId('source-update').count()).toBe(1);
    expect(await page.getByTestId('source-updates').textContent()).toContain('Семинар для председателей УИК');
    await screenshot(page, 'consolidation-updates');
    await page.getByTestId('accept-update').click();
    await page.getByTestId('updates-empty').waitFor();
  });

  it('the regional dashboard lists the ТИКs with their plans', async () => {
    await page.getByRole('link', { name: 'Свод по комиссиям' }).click();
    await page.getByRole('heading', { name: 'Ход исполнения по нижестоящим комиссиям' }).waitFor();
    await page.getByLabel('Год').selectOption('2026');
    await expect.poll(() => page.getByTestId('regional-body').count()).toBe(3);
    expect(await page.getByTestId('regional-totals').textContent()).toContain('представлено: 1');
    await screenshot(page, 'consolidation-dashboard');
  });
});
