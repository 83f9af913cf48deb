import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, signIn, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';
import type { Item, Plan } from '../test/support/api-types.js';

/** Bad input and concurrent edits: messages stand next to their cause and nothing typed is lost. */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let api: Awaited<ReturnType<typeof apiSession>>;
let planId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
  api = await apiSession(server.url, 'kaluga');
  const plan = await api.post<{ id: string }>('/api/plans', {
    kind: 'work_plan',
    title: 'План работы Избирательной комиссии Калужской области на 2024 год',
    period: { start: '2024-01-01', end: '2024-12-31' },
    approval: { authority: 'постановлением Избирательной комиссии Калужской области', date: '2023-12-20', number: '12/3-7' },
    abbreviations: [{ short: 'ИККО', full: 'Избирательная комиссия Калужской области' }],
  });
  planId = plan.id;
  const section = await api.post<Item>(`/api/plans/${planId}/items`, { kind: 'section', title: 'Заседания комиссии' });
  ids.section = section.id;
  for (const [i, [title, deadlineText]] of [
    ['Об итогах работы за 2023 год', 'Январь'],
    ['О плане обучения членов УИК', 'Февраль, март'],
    ['Об отчете по исполнению плана', 'ежеквартально'],
  ].entries()) {
    const item = await api.post<Item>(`/api/plans/${planId}/items`, {
      parentId: section.id,
      title,
      deadlineText,
      executors: [{ text: 'ИККО' }, { text: 'Герасимова М.Н.', kind: 'person' }],
    });
    ids[`1.${i + 1}`] = item.id;
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Double-clicks a cell until its editor opens. The table's rows are virtualised and
 * re-rendered once measured; a double click that straddles that re-render reaches
 * two different elements and is no double click, as it would not be for a person.
 * A click that lands on a filter above the table while the page still lays out opens
 * that filter's list over the table, as it would for a person: it is closed first.
 */
async function openCellEditor(cell: Locator, label: string) {
  const editor = page.getByLabel(label);
  await expect
    .poll(
      async () => {
        if (!(await editor.isVisible())) {
          if (await page.locator('[role="listbox"]:visible').count()) await page.keyboard.press('Escape');
          await cell.dblclick({ timeout: 3_000 }).catch(() => undefined);
        }
        return editor.isVisible();
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return editor;
}

describe.sequential('editing a plan', () => {
  it('edits a cell in place and undoes it', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${planId}`);
    const cell = page.locator('tr[data-number="1.1"] td[data-kind="title"]');
    const editor = await openCellEditor(cell, 'Изменить: Наименование мероприятия, пункт 1.1');
    await editor.fill('Об итогах работы комиссии за 2023 год');
    await editor.press('Enter');
    await page.locator('tr[data-number="1.1"]', { hasText: 'Об итогах работы комиссии за 2023 год' }).waitFor();
    // The row shows the new text at once (optimistic); the save reaches the server a moment later on a loaded machine.
    await expect.poll(async () => (await api.get<Item>(`/api/items/${ids['1.1']}`)).title).toBe('Об итогах работы комиссии за 2023 год');
    await page.getByRole('button', { name: /^Отменить: изменение пункта 1\.1/ }).click();
    await page.locator('tr[data-number="1.1"]', { hasText: 'Об итогах работы за 2023 год' }).waitFor();
    await expect.poll(async () => (await api.get<Item>(`/api/items/${ids['1.1']}`)).title).toBe('Об итогах работы за 2023 год');
  });

  it('shows the API’s Russian validation message next to the cell and keeps the text', async () => {
    const cell = page.locator('tr[data-number="1.2"] td[data-kind="title"]');
    const editor = await openCellEditor(cell, 'Изменить: Наименование мероприятия, пункт 1.2');
    await editor.fill('   ');
    await editor.press('Enter');
    await page.locator('tr[data-number="1.2"]').getByRole('alert').waitFor();
    expect(await page.locator('tr[data-number="1.2"]').getByRole('alert').textContent()).toMatch(/не может быть пустым/);
    expect(await editor.inputValue()).toBe('   ');
    await editor.press('Escape');
  });

  it('reports a conflict when someone else saved the item first, keeping the form', async () => {
    await page.locator('tr[data-number="1.3"]').getByRole('button', { name: 'Открыть пункт 1.3' }).click();
    const panel = page.getByTestId('item-panel');
    await panel.waitFor();
    const current = await api.get<Item>(`/api/items/${ids['1.3']}`);
    await api.patch(`/api/items/${ids['1.3']}`, { notes: 'Изменено другим пользователем', version: current.version });
    await panel.getByLabel('Примечания').fill('Мое примечание');
    await panel.getByRole('button', { name: 'Сохранить' }).click();
    await panel.getByText(/уже изменил другой пользователь/).waitFor();
    expect(await panel.getByLabel('Примечания').inputValue()).toBe('Мое примечание');
    await screenshot(page, '10-conflict');
    await panel.getByRole('button', { name: 'Загрузить актуальные данные' }).click();
    await expect.poll(() => panel.getByLabel('Примечания').inputValue()).toBe('Изменено другим пользователем');
    expect((await api.get<Item>(`/api/items/${ids['1.3']}`)).notes).toBe('Изменено другим пользователем');
  });

  it('adds executors from the directory and as flagged free text', async () => {
    const panel = page.getByTestId('item-panel');
    await panel.getByLabel('Добавить исполнителя').fill('Неизвестный отдел');
    await panel.getByLabel('Добавить исполнителя').press('Enter');
    await panel
      .getByTestId('executors-list')
      .getByText(/не из справочника/i)
      .waitFor();
    await panel.getByRole('button', { name: 'Сохранить' }).click();
    await panel.getByText('Пункт сохранен').waitFor();
    const saved = await api.get<Item>(`/api/items/${ids['1.3']}`);
    expect(saved.executors.map((e: { text: string }) => e.text)).toContain('Неизвестный отдел');
    await page.keyboard.press('Escape');
  });

  it('edits the plan header and glossary', async () => {
    await page.getByRole('button', { name: 'Шапка плана' }).click();
    const form = page.getByTestId('plan-header-form');
    await form.getByRole('button', { name: 'Добавить сокращение' }).click();
    await form.getByLabel('Сокращение 2').fill('УИК');
    await form.getByLabel('Полное наименование 2').fill('участковые избирательные комиссии');
    await form.getByLabel('Номер документа').fill('12/3-8');
    await screenshot(page, '11-plan-header');
    const violations = await seriousViolations(page, '[role="dialog"]');
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await form.waitFor({ state: 'detached' });
    const plan = await api.get<Plan>(`/api/plans/${planId}`);
    expect(plan.abbreviations).toEqual([
      { short: 'ИККО', full: 'Избирательная комиссия Калужской области' },
      { short: 'УИК', full: 'участковые избирательные комиссии' },
    ]);
    expect(plan.approval!.number).toBe('12/3-8');
  });

  it('adds, moves by keyboard and deletes items', async () => {
    await page.locator('tr[data-number="1.3"]').click();
    await page.getByRole('button', { name: 'Добавить пункт' }).click();
    const editor = page.getByLabel(/Изменить: Наименование мероприятия, пункт 1\.4/);
    await editor.fill('О графике дежурств');
    await editor.press('Enter');
    await page.locator('tr[data-number="1.4"]', { hasText: 'О графике дежурств' }).waitFor();
    await page.locator('tr[data-number="1.4"]').press('Alt+ArrowUp');
    await page.locator('tr[data-number="1.3"]', { hasText: 'О графике дежурств' }).waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.locator('tr[data-number="1.3"]').press('Delete');
    await page.locator('tr[data-number="1.3"]', { hasText: 'Об отчете по исполнению плана' }).waitFor();
    await page.getByRole('button', { name: /^Отменить: удаление пункта 1\.3/ }).click();
    await page.locator('tr[data-number="1.3"]', { hasText: 'О графике дежурств' }).waitFor();
  });

  it('moves an item by drag and drop', async () => {
    await page.locator('tr[data-number="1.1"]').dragTo(page.locator('tr[data-number="1.2"]'));
    await page.locator('tr[data-number="1.2"]', { hasText: 'Об итогах работы за 2023 год' }).waitFor();
    expect(await page.locator('tr[data-number="1.1"]').textContent()).toContain('О плане обучения членов УИК');
  });

  it('prints a tidy table', async () => {
    await page.goto(`${server.url}/plans/${planId}/print`);
    await page.getByRole('heading', { name: /План работы Избирательной комиссии/ }).waitFor();
    expect(await page.locator('.print-grif').textContent()).toContain('№ 12/3-8');
    await screenshot(page, '12-print');
  });

  it('shows a Russian message instead of a blank page for a missing plan', async () => {
    await page.goto(`${server.url}/plans/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('alert').getByText('План не найден').waitFor();
  });
});
