import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';

/**
 * Audit trail and plan versions (issue #6): the Kaluga planner renames an item
 * of the approved plan; the administrator finds the change in «Журнал изменений»
 * filtered by that plan (who, organisation, action in Russian, before/after field
 * by field), downloads it as CSV, amends the plan and compares the two versions
 * on «Версии плана».
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let planId: string;
let itemId: string;
let otherItemId: string;
let oldTitle: string;
const newTitle = 'Семинар для председателей ТИК <b>по новой программе</b>';

interface Node {
  id: string;
  kind: string;
  title: string;
  number: string;
  children: Node[];
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  const kaluga = await apiSession(server.url, 'kaluga');
  const me = await kaluga.get<{ user: { organizationId: string } }>('/api/auth/me');
  const { plans } = await kaluga.get<{ plans: { id: string; status: string; organizationId: string }[] }>('/api/plans');
  const plan = plans.find((p) => p.status === 'approved' && p.organizationId === me.user.organizationId)!;
  expect(plan, 'an approved Kaluga demo plan').toBeTruthy();
  planId = plan.id;
  const tree = await kaluga.get<{ items: Node[] }>(`/api/plans/${planId}`);
  const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);
  const items = flat(tree.items).filter((n) => n.kind === 'item');
  const item = items[0]!;
  itemId = item.id;
  otherItemId = items[1]!.id;
  oldTitle = item.title;
  // The change the journal must show: its new title carries markup, which must stay text.
  await kaluga.patch(`/api/items/${itemId}`, { title: newTitle });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('audit trail and plan versions', () => {
  it('the administrator finds the change in the journal of the plan, with before and after', async () => {
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Журнал', exact: true }).waitFor();
    await page.goto(`${server.url}/audit?planId=${planId}`);
    await page.getByRole('heading', { name: 'Журнал изменений', level: 1 }).waitFor();
    await expect(page.getByLabel('План').inputValue()).resolves.toBe(planId);
    const row = page.getByTestId('audit-row').filter({ hasText: 'Изменение пункта' }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Планировщик ИК Калужской области');
    await expect(row.textContent()).resolves.toContain('ИККО');
    await expect(row.textContent()).resolves.toMatch(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
    // Administrators may list users: the user filter is there.
    await page.getByLabel('Пользователь').waitFor();

    await row.getByRole('button', { name: 'Показать изменения' }).click();
    const details = page.getByTestId('audit-details').first();
    const diffRow = details.getByRole('row').filter({ hasText: 'Наименование' });
    await expect(diffRow.textContent()).resolves.toContain(oldTitle.slice(0, 40));
    await expect(diffRow.textContent()).resolves.toContain(newTitle);
    // The title's markup is shown as text, never parsed into elements.
    await expect(details.locator('b').count()).resolves.toBe(0);
    await screenshot(page, 'audit-01');
    await expectAccessible(page, 'audit page');
  });

  it('the CSV link carries the filters; the action and period filters narrow the list', async () => {
    const href = await page.getByTestId('audit-csv').getAttribute('href');
    expect(href).toBe(`/api/audit.csv?planId=${planId}`);
    const csv = await page.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('item.update');

    await page.getByLabel('Действие').selectOption('item.update');
    await page.waitForURL(/action=item\.update/);
    await expect(page.getByTestId('audit-csv').getAttribute('href')).resolves.toBe(`/api/audit.csv?planId=${planId}&action=item.update`);
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(1);

    // Dates are typed as in Russian documents, whatever the browser's language; a wrong one changes nothing.
    await page.getByLabel('С даты').fill('31.02.2099');
    await page.getByLabel('С даты').press('Enter');
    await page.getByText('Дата в формате дд.мм.гггг').waitFor();
    expect(page.url()).not.toContain('from=');
    await page.getByLabel('С даты').fill('01.01.2099');
    await page.getByLabel('С даты').press('Enter');
    await page.waitForURL(/from=2099-01-01/);
    await page.getByTestId('audit-empty').waitFor();
    await expect(page.getByTestId('audit-empty').textContent()).resolves.toBe('Событий не найдено');
  });

  it('a link to one item shows only its history, and «Показать еще» pages back through older events', async () => {
    await page.goto(`${server.url}/audit?entityType=item&entityId=${itemId}`);
    await page.getByTestId('audit-row').first().waitFor();
    await expect(page.getByTestId('audit-row').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Показать все объекты' }).click();
    await page.waitForURL((url) => !url.search.includes('entityId'));

    // Enough events for more than one page (50 events).
    const kaluga = await apiSession(server.url, 'kaluga');
    for (let i = 1; i <= 50; i++) await kaluga.patch(`/api/items/${otherItemId}`, { notes: `Заметка ${i}` });
    await page.goto(`${server.url}/audit`);
    await page.getByTestId('audit-row').first().waitFor();
    await expect(page.getByTestId('audit-row').count()).resolves.toBe(50);
    await page.getByRole('button', { name: 'Показать еще' }).click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThan(50);
  });

  it('amending the plan keeps a version; the versions page compares it with the approved one', async () => {
    const admin = await apiSession(server.url, 'admin');
    await admin.patch(`/api/plans/${planId}`, { status: 'amended' });

    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByTestId('plan-title').waitFor();
    await expect(page.getByRole('main').getByRole('link', { name: 'Журнал', exact: true }).getAttribute('href')).resolves.toBe(`/audit?planId=${planId}`);
    await screenshot(page, 'versions-00-plan-actions');
    await page.getByRole('link', { name: 'Версии', exact: true }).click();
    await page.getByRole('heading', { name: 'Версии плана', level: 1 }).waitFor();
    const list = page.getByTestId('version-list');
    await list.waitFor();
    await expect(list.getByRole('row').count()).resolves.toBe(3); // header + approved + amended
    await expect(list.textContent()).resolves.toContain('Внесение изменений');
    await expect(list.textContent()).resolves.toContain('Утверждение');
    await expect(list.textContent()).resolves.toContain('Системный администратор');

    // Default: the previous version with the latest.
    const changed = page.getByTestId('diff-changed');
    await changed.waitFor();
    await expect(changed.getByRole('heading').textContent()).resolves.toBe('Изменены');
    const field = changed.getByRole('row').filter({ hasText: 'Наименование' });
    await expect(field.textContent()).resolves.toContain(oldTitle.slice(0, 40));
    await expect(field.textContent()).resolves.toContain(newTitle);
    await expect(page.getByTestId('diff-added').count()).resolves.toBe(0);
    await screenshot(page, 'versions-01');
    await expectAccessible(page, 'versions page');

    // The latest version with the current state: nothing changed since the amendment.
    const versions = await admin.get<{ versions: { version: number }[] }>(`/api/plans/${planId}/versions`);
    const latest = Math.max(...versions.versions.map((v) => v.version));
    await page.getByLabel('Сравнить версию').selectOption(String(latest));
    await page.getByLabel('с', { exact: true }).selectOption('current');
    await page.getByTestId('diff-none').waitFor();
    await expect(page.getByTestId('diff-none').textContent()).resolves.toBe('Различий нет');
    expect(page.url()).toContain(`from=${latest}`);
    expect(page.url()).toContain('to=current');
  });

  it('a planner opens the journal from the plan page, without the user filter', async () => {
    await signOut(page);
    await signIn(page, server.url, 'kaluga');
    // In the menu (the commission's whole journal) and on the plan page (this plan's).
    await expect(page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Журнал' }).count()).resolves.toBe(1);
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByTestId('plan-title').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Журнал', exact: true }).click();
    await page.getByRole('heading', { name: 'Журнал изменений', level: 1 }).waitFor();
    await expect(page.getByLabel('План').inputValue()).resolves.toBe(planId);
    await page.getByTestId('audit-row').first().waitFor();
    await expect(page.getByLabel('Пользователь').count()).resolves.toBe(0);
    await screenshot(page, 'audit-02-planner');
  });
});
