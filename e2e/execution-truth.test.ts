import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';
import type { Organization, PlanSummary } from '../test/support/api-types.js';

/**
 * Issue #18 in the browser: a report waiting for review is not «исполнено»;
 * «Просрочено» is one row per item with who has and has not reported; an
 * observer is offered no «Создать план»; an executor starts at «Мои мероприятия»
 * with the reminders switch off while no address is set, a styled file input and
 * a file icon that renders.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let kalugaPlanId = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  const admin = await apiSession(server.url, 'admin');
  const orgs = (await admin.get<{ organizations: Organization[] }>('/api/organizations')).organizations;
  const kaluga = orgs.find((o) => o.shortName === 'ИККО')!.id;
  kalugaPlanId = (await admin.get<{ plans: PlanSummary[] }>('/api/plans?limit=500')).plans.find((p) => p.organizationId === kaluga)!.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const statValue = async (testId: string) => (await page.getByTestId(testId).locator('p').last().textContent())?.trim();

describe.sequential('execution control tells the truth', () => {
  it('an executor signs in at the site root and lands on «Мои мероприятия»; reminders are off without an address', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Логин').fill('kaluga-tik');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { name: 'Мои мероприятия', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/my');
    const reminders = page.getByRole('switch', { name: 'Напоминания по почте' });
    await expect(reminders.isChecked()).resolves.toBe(false);
    await expect(reminders.isDisabled()).resolves.toBe(true);
    await page.getByText('адрес почты не указан в профиле').waitFor();
  });

  it('the report form has a styled file input; the attached file shows an icon that renders', async () => {
    const row = page.locator('[data-testid="bucket-overdue"] tr[data-item-number="2.1.4"]').first();
    await row.getByRole('button', { name: /Отчитаться/ }).click();
    const drawer = page.getByRole('dialog');
    // Mantine's FileInput: a labelled button, the native control hidden behind it.
    const picker = drawer.getByRole('button', { name: /Файлы \(PDF/ });
    await picker.waitFor();
    await expect(drawer.getByTestId('report-files').isVisible()).resolves.toBe(false);
    await drawer.getByLabel('Что сделано').fill('Проведено тестирование 42 членов УИК');
    await drawer.getByTestId('report-files').setInputFiles({ name: 'протокол.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await drawer.getByText(/протокол\.pdf · .* · загружен/).waitFor();
    await drawer.getByRole('button', { name: 'Отправить отчет' }).click();
    await drawer.getByText('Отчет отправлен').waitFor();
    const file = drawer.getByTestId('report-file').first();
    await file.waitFor();
    await expect(file.locator('svg').count()).resolves.toBe(1);
    await expect(file.textContent()).resolves.not.toContain('📎');
    await screenshot(page, 'execution-truth-report-file');
    await page.keyboard.press('Escape');
    await signOut(page);
  });

  it('on the dashboard the report waits «на проверке» and is not «исполнено» until accepted', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${kalugaPlanId}/execution`);
    await page.getByTestId('by-section').waitFor();
    await expect(statValue('stat-done')).resolves.toBe('0 · 0 %');
    await expect(statValue('stat-submitted')).resolves.toBe('1');
    const pending = page.getByTestId('pending-row').filter({ hasText: 'ТИК Бабынинского района' });
    await pending.getByRole('button', { name: /Проверить/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Принять отчет' }).click();
    await drawer.getByTestId('report-card').first().getByText('Принят', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-testid="stat-submitted"] p:last-child')?.textContent?.trim() === '0');
    await expect(statValue('stat-done')).resolves.toMatch(/^1 · /);
  });

  it('the month chart uses its card’s width and its labels do not collide', async () => {
    const chart = page.getByTestId('month-chart');
    await chart.scrollIntoViewIfNeeded();
    const [figure, svg] = await Promise.all([chart.boundingBox(), chart.locator('svg').boundingBox()]);
    expect(svg!.width).toBeGreaterThan(figure!.width * 0.95);
    const boxes = await chart
      .getByTestId('month-label')
      .evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `label ${i}`).toBeGreaterThan(boxes[i - 1]!.right);
    await screenshot(page, 'execution-truth-month-chart');
  });

  it('«Просрочено» is one row per item, its executors inside, and turns round by executor', async () => {
    const card = page.getByTestId('overdue-card');
    const testing = card.locator('[data-testid="overdue-item"][data-item-number="2.1.4"]');
    await testing.waitFor();
    await expect(testing.count()).resolves.toBe(1);
    const missing = (await testing.getByTestId('overdue-missing').textContent()) ?? '';
    for (const tik of ['ТИК Бабынинского района', 'ТИК Боровского района', 'ТИК г. Обнинска']) expect(missing).toContain(tik);
    const numbers = await card.getByTestId('overdue-item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item-number')));
    expect(new Set(numbers).size).toBe(numbers.length);
    await screenshot(page, 'execution-truth-overdue-by-item');
    await expectAccessible(page, 'dashboard with overdue grouped');

    await card.getByText('По исполнителям').click();
    const rows = card.getByTestId('overdue-executor');
    await rows.first().waitFor();
    const obninsk = rows.filter({ hasText: 'ТИК г. Обнинска' });
    await expect(obninsk.count()).resolves.toBe(1);
    await obninsk.getByRole('button', { name: 'Открыть: ТИК г. Обнинска, пункт 2.1.4' }).click();
    await page
      .getByRole('dialog')
      .getByRole('heading', { name: /Тестирование членов ТИК, УИК/ })
      .waitFor();
    await page.keyboard.press('Escape');
    await signOut(page);
  });

  it('an observer is offered no «Создать план» and no editing key hints', async () => {
    await signIn(page, server.url, 'observer');
    await page.getByRole('heading', { name: 'Планы', level: 1 }).waitFor();
    await page.getByRole('table').first().waitFor();
    await expect(page.getByRole('button', { name: 'Создать план' }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/plans/${kalugaPlanId}`);
    await page.getByTestId('plan-table').waitFor();
    const help = (await page.locator('#plan-table-help').textContent()) ?? '';
    expect(help).not.toMatch(/F2|Insert|Delete|Ctrl\+Z/);
    await signOut(page);
  });

  it('a planner is offered «Создать план» and the editing keys', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.getByRole('button', { name: 'Создать план' }).waitFor();
    await page.goto(`${server.url}/plans/${kalugaPlanId}`);
    await page.getByTestId('plan-table').waitFor();
    await expect(page.locator('#plan-table-help').textContent()).resolves.toContain('F2');
    await signOut(page);
  });
});
