import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, signIn, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';
import type { PendingImport, Plan } from '../test/support/api-types.js';

/**
 * «Исправить чтение»: a misread TXT is fixed by column roles and row marks, re-read on the server, then confirmed;
 * a table with headings the reader does not know opens the panel by itself, pages its rows, is corrected from the
 * keyboard, and after a reload the panel starts from the corrections the server kept.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let api: Awaited<ReturnType<typeof apiSession>>;

// The deadline and executor columns have headings the importer cannot place: it keeps them as plain fields.
const misread = [
  'ПЛАН работы комиссии на 2026 год',
  '',
  '№\tМероприятие\tКолонка А\tКолонка Б',
  '1\tОрганизационные мероприятия\t\t',
  '2\tПровести заседание комиссии\tянварь\tПредседатель',
  '3\tПодготовить отчет\tфевраль\tСекретарь',
].join('\n');

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  api = await apiSession(server.url, 'kuzbass');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('import wizard: fixing the reading', () => {
  it('changes a column role, marks a row as a section, applies, and confirms the corrected plan', async () => {
    await signIn(page, server.url, 'kuzbass');
    await page.goto(`${server.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'misread.txt', mimeType: 'text/plain', buffer: Buffer.from(misread) });
    const table = page.getByTestId('draft-table');
    await table.waitFor();
    const importId = page.url().split('/import/')[1]!;
    expect((await api.get<PendingImport>(`/api/imports/${importId}`)).draft.items[1]!.deadline).toBeNull();

    await page.getByRole('button', { name: 'Исправить чтение' }).click();
    const panel = page.getByTestId('reread-panel');
    await panel.waitFor();
    expect(await panel.locator('tr[data-line="5"]').textContent()).toContain('Председатель');
    // Keyboard: the role select and the row action are reached and used without a mouse.
    const deadlineRole = panel.getByLabel('Колонка 3 «Колонка А»: что содержит');
    await deadlineRole.focus();
    await deadlineRole.selectOption({ label: 'срок' });
    await panel.getByLabel('Колонка 4 «Колонка Б»: что содержит').selectOption({ label: 'исполнители' });
    const section = panel.getByRole('button', { name: 'Сделать разделом: строка 4' });
    await section.focus();
    await page.keyboard.press('Enter');
    expect(await section.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, '13-import-reread');
    expect(await seriousViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Применить' }).click();
    await panel.getByRole('status').waitFor();
    // The preview shows the new reading: the deadline in its column, row 4 a section.
    await expect
      .poll(
        async () =>
          await table
            .locator('tr[data-line="4"]')
            .getByRole('button', { name: /^Сделать пунктом/ })
            .count(),
      )
      .toBe(1);
    const stored = (await api.get<PendingImport>(`/api/imports/${importId}`)).draft;
    expect(stored.items[0]).toMatchObject({ kind: 'section', title: 'Организационные мероприятия' });
    const walk = (items: { title: string; deadline: { text: string } | null; executors: { text: string }[]; children: unknown[] }[]): typeof items =>
      items.flatMap((i) => [i, ...walk(i.children as typeof items)]);
    const meeting = walk(stored.items).find((i) => i.title === 'Провести заседание комиссии')!;
    expect(meeting.deadline?.text).toBe('январь');
    expect(meeting.executors.map((e) => e.text)).toEqual(['Председатель']);
    expect(await table.locator('tr[data-line="5"]').textContent()).toContain('январь');

    // Hiding the panel keeps the corrections the draft was read with.
    await page.getByRole('button', { name: 'Скрыть исправление чтения' }).click();
    await page.getByRole('button', { name: 'Исправить чтение' }).click();
    expect(await page.getByTestId('reread-panel').getByLabel('Колонка 3 «Колонка А»: что содержит').inputValue()).toBe('deadline');

    await page.getByRole('button', { name: 'Создать план' }).click();
    await page.getByTestId('import-done').waitFor();
    const planId = (await page.getByRole('link', { name: 'Открыть план' }).getAttribute('href'))!.split('/plans/')[1]!;
    const plan = await api.get<Plan>(`/api/plans/${planId}`);
    const planItems = (items: { title: string; deadlineText?: string | null; kind?: string; children: unknown[] }[]): typeof items =>
      items.flatMap((i) => [i, ...planItems(i.children as typeof items)]);
    const all = planItems(plan.items);
    expect(all.find((i) => i.title === 'Провести заседание комиссии')!.deadlineText).toBe('январь');
    expect(all.find((i) => i.title === 'Организационные мероприятия')!.kind).toBe('section');
  });

  it('an unsure reading opens the panel by itself; paged rows, keyboard marks, warnings at their rows; a reload keeps the corrections', async () => {
    // Headings the reader does not know, and more rows than one page.
    const unknown = ['Альфа\tБета\tГамма', ...Array.from({ length: 120 }, (_, i) => `Провести мероприятие номер ${i + 1}\tвесной\tИванов`)].join('\n');
    await page.goto(`${server.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'unknown.txt', mimeType: 'text/plain', buffer: Buffer.from(unknown) });
    const panel = page.getByTestId('reread-panel');
    await panel.waitFor();
    const importId = page.url().split('/import/')[1]!;
    await panel.getByTestId('reread-unsure').waitFor();
    const rows = panel.getByTestId('reread-rows').locator('tbody tr[data-line]');
    expect(await rows.count()).toBe(50);
    expect(await panel.getByText('Строки 1–50 из 121').count()).toBeGreaterThan(0);
    expect(await panel.getByTestId('reread-warning-1').textContent()).toContain('Строка 1: у таблицы нет строки заголовков');

    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-line'));
    await panel.locator('tr[data-line="1"]').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('2');
    await page.keyboard.press('s');
    expect(await panel.getByRole('button', { name: 'Сделать разделом: строка 2', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('PageDown');
    expect(await focused()).toBe('52');
    expect(await panel.getByText('Строки 51–100 из 121').count()).toBeGreaterThan(0);
    await page.keyboard.press('Delete');
    expect(await panel.getByRole('button', { name: 'Удалить: строка 52', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('1');
    await page.keyboard.press('Delete');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '13-import-reread-paged');

    await panel.getByRole('button', { name: 'Применить' }).click();
    await panel.getByRole('status').waitFor();
    expect((await api.get<PendingImport>(`/api/imports/${importId}`)).overrides).toEqual({ sectionRows: [2], deleteRows: [52, 1] });

    await page.reload();
    const again = page.getByTestId('reread-panel');
    await again.waitFor();
    expect(await again.getByRole('button', { name: 'Сделать разделом: строка 2', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await again.getByRole('button', { name: 'Удалить: строка 1', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await again.getByText('Исправлений: 3').count()).toBe(1);
    expect(await again.getByTestId('reread-unsure').count()).toBe(0);
    // The jump to a row with a warning goes to its page.
    await again.getByRole('button', { name: 'Следующие строки' }).first().click();
    expect(await again.locator('tr[data-line="1"]').count()).toBe(0);
    await again.getByRole('button', { name: 'Перейти к строке 1', exact: true }).click();
    expect(await focused()).toBe('1');
  });
});
