import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';

/**
 * Plan lifecycle (issue #16): a draft is approved by a resolution through the act
 * form and the гриф reads as officials write it; an edit opens an amendment shown
 * as «не утверждены» until its own act; the plan is copied to the next year with
 * the unfinished items the planner picks; then it is marked executed and archived.
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
  page.on('dialog', (d) => void d.accept());
  const admin = await apiSession(server.url, 'admin');
  const orgs = (await admin.get<{ organizations: { id: string; shortName: string }[] }>('/api/organizations')).organizations;
  const kaluga = orgs.find((o) => o.shortName === 'ИККО')!.id;
  planId = (
    await admin.post<{ id: string }>('/api/plans', {
      organizationId: kaluga,
      kind: 'work_plan',
      title: 'План работы на 2026 год',
      period: { start: '2026-01-01', end: '2026-12-31' },
    })
  ).id;
  const executors = [{ text: 'ИККО', organizationId: kaluga }];
  itemId = (await admin.post<{ id: string }>(`/api/plans/${planId}/items`, { title: 'Заседание комиссии', deadlineText: 'Март', executors })).id;
  await admin.post(`/api/plans/${planId}/items`, { title: 'Семинар для ТИК', deadlineText: 'Май', executors });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function fillAct(number: string, date: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Кем принят/).fill('Избирательная комиссия Калужской области');
  await dialog.getByLabel(/^Дата/).fill(date);
  await dialog.getByLabel(/^Номер(?! приложения)/).fill(number);
  await dialog.getByRole('button', { name: 'Утвердить', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe.sequential('plan lifecycle', () => {
  it('approves a draft with an act; the гриф is in the instrumental and genitive', async () => {
    await signIn(page, server.url, 'admin');
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('button', { name: 'Утвердить…' }).click();
    await fillAct('1/1-7', '20.01.2026');
    await expect
      .poll(() => page.getByTestId('approval-block').textContent())
      .toBe('УТВЕРЖДЕН постановлением Избирательной комиссии Калужской области от 20 января 2026 г. № 1/1-7');
  });

  it('an edit opens an amendment; approving it by an act adds «в редакции»', async () => {
    const admin = await apiSession(server.url, 'admin');
    await admin.patch(`/api/items/${itemId}`, { title: 'Заседание комиссии (изменено)' });
    await page.reload();
    await page.getByTestId('amendment-banner').waitFor();
    expect(await page.getByTestId('amendment-banner').textContent()).toContain('не утверждены');
    await screenshot(page, 'plan-lifecycle-amendment');
    await page.getByRole('button', { name: 'Утвердить изменения…' }).click();
    await fillAct('5/2-7', '15.06.2026');
    await page.getByTestId('amendment-banner').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('approval-block').textContent()).toContain('(в редакции постановления от 15 июня 2026 г. № 5/2-7)');
  });

  it('copies the plan to the next year, carrying over the unfinished items the planner picks', async () => {
    await page.getByRole('button', { name: 'Создать план на 2027 год' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('unfinished-count').filter({ hasText: 'Незавершенных пунктов: 2' }).waitFor();
    await dialog.getByRole('button', { name: 'Далее: выбрать пункты для переноса' }).click();
    const list = dialog.getByTestId('carry-over-items');
    await list.getByLabel(/Семинар для ТИК/).uncheck();
    await dialog.getByText('Выбрано для переноса: 1 из 2').waitFor();
    await screenshot(page, 'plan-lifecycle-carry-over');
    await dialog.getByRole('button', { name: 'Создать проект плана' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/plans/') && !url.pathname.includes(planId));
    await page.getByTestId('plan-title').filter({ hasText: 'План работы на 2027 год' }).waitFor();
    const copyId = new URL(page.url()).pathname.split('/')[2]!;
    const admin = await apiSession(server.url, 'admin');
    const copy = await admin.get<{ items: { title: string; notes: string | null }[] }>(`/api/plans/${copyId}`);
    expect(copy.items.map((i) => [i.title, i.notes])).toEqual([
      ['Заседание комиссии (изменено)', 'перенесено из плана на 2026 год, п. 1'],
      ['Семинар для ТИК', null],
    ]);
  });

  it('marks the plan executed, then archives it: read-only, with its banner, and back from the archive', async () => {
    await page.goto(`${server.url}/plans/${planId}`);
    await page.getByRole('button', { name: 'Шапка плана' }).waitFor();
    await page.getByRole('button', { name: 'Отметить исполненным' }).click();
    await page.getByTestId('closed-banner').filter({ hasText: 'План исполнен' }).waitFor();
    // A finished year's record: no editing controls, the copy to the next year stays.
    await expect(page.getByRole('button', { name: 'Шапка плана' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Создать план на 2027 год' }).waitFor();
    await page.getByRole('button', { name: 'В архив' }).click();
    await page.getByTestId('closed-banner').filter({ hasText: 'План в архиве' }).waitFor();
    await screenshot(page, 'plan-lifecycle-archived');
    const admin = await apiSession(server.url, 'admin');
    expect((await admin.get<{ status: string }>(`/api/plans/${planId}`)).status).toBe('archived');
    await page.getByRole('button', { name: 'Вернуть из архива' }).click();
    await page.getByTestId('closed-banner').filter({ hasText: 'План исполнен' }).waitFor();
    await page.getByRole('button', { name: 'Вернуть в работу' }).click();
    await page.getByTestId('closed-banner').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Шапка плана' }).waitFor();
  });

  it('a programme creates its annual plan for a chosen year and shows its progress rolled up per item', async () => {
    const admin = await apiSession(server.url, 'admin');
    const orgs = (await admin.get<{ organizations: { id: string; shortName: string }[] }>('/api/organizations')).organizations;
    const programme = await admin.post<{ id: string }>('/api/plans', {
      organizationId: orgs.find((o) => o.shortName === 'ИККО')!.id,
      kind: 'programme',
      title: 'Программа на 2026–2027 годы',
      period: { start: '2026-01-01', end: '2027-12-31' },
      columns: [
        { key: 'title', title: 'Мероприятие', role: 'title' },
        { key: 'y1', title: 'I год', role: 'year_mark' },
        { key: 'y2', title: 'II год', role: 'year_mark' },
      ],
    });
    await admin.post(`/api/plans/${programme.id}/items`, { title: 'Семинар первого года', deadlineText: 'Март', fields: { y1: '+' } });
    await admin.post(`/api/plans/${programme.id}/items`, { title: 'Конкурс второго года', deadlineText: 'Май', fields: { y2: '+' } });
    await page.goto(`${server.url}/plans/${programme.id}`);
    const panel = page.getByTestId('programme-progress');
    await panel.getByText(/Годовых планов еще нет/).waitFor();
    await panel
      .getByRole('textbox', { name: 'Годовой план на год' })
      .or(panel.getByRole('combobox', { name: 'Годовой план на год' }))
      .first()
      .click();
    await page.getByRole('option', { name: '2026' }).click();
    await panel.getByRole('button', { name: 'Создать годовой план' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/plans/') && !url.pathname.includes(programme.id));
    await page.getByTestId('plan-title').filter({ hasText: 'Программа на 2026–2027 годы (2026 год)' }).waitFor();
    await page.goto(`${server.url}/plans/${programme.id}`);
    await panel.getByRole('link', { name: 'План на 2026 год (Проект)' }).waitFor();
    await panel.locator('tr[data-item-number="1"] [data-testid="programme-item-state"]').filter({ hasText: 'план не утвержден' }).waitFor();
    await panel.locator('tr[data-item-number="2"] [data-testid="programme-item-state"]').filter({ hasText: 'нет в годовых планах' }).waitFor();
    await screenshot(page, 'plan-lifecycle-programme');
  });
});
