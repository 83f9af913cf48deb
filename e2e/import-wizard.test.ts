import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, root, startServer, type RunningServer } from './support/server.js';
import type { PendingImport, Plan, PlanElections, PlanSummary } from '../test/support/api-types.js';

/** The wizard's bad input and fix-ups: a rejected file says why, edits persist, cancel leaves nothing behind. */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let api: Awaited<ReturnType<typeof apiSession>>;
const seed = join(root, 'demo', 'seeds', 'kuzbass-training-plan-2022.txt');

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

async function apiUploadMessage(name: string, bytes: Buffer): Promise<{ status: number; message: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/plain' }), name);
  const r = await fetch(`${server.url}/api/imports`, { method: 'POST', headers: { cookie: api.cookie }, body: form });
  const body = (await r.json()) as { error: { message: string } };
  return { status: r.status, message: body.error.message };
}

describe.sequential('import wizard', () => {
  it('shows the API’s Russian reason next to the drop zone for a file that is not a plan', async () => {
    const bytes = Buffer.from('Список покупок: хлеб, молоко.\n');
    const expected = await apiUploadMessage('notes.txt', bytes);
    expect(expected.status).toBe(422);
    await signIn(page, server.url, 'kuzbass');
    await page.goto(`${server.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: bytes });
    const alert = page.getByTestId('import-dropzone').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(expected.message);
    await screenshot(page, '13-import-error');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fixes the draft in place and keeps the fixes on the server', async () => {
    await page.getByTestId('import-file').setInputFiles(seed);
    const table = page.getByTestId('draft-table');
    await table.waitFor();
    const importId = page.url().split('/import/')[1]!;
    const before = await table.locator('tr[data-number]').count();

    await table
      .locator('tr[data-number="1.1.2"]')
      .getByRole('button', { name: /^Объединить с предыдущей строкой/ })
      .click();
    await expect.poll(() => table.locator('tr[data-number]').count()).toBe(before - 1);
    expect(await table.locator('tr[data-number="1.1.1"]').textContent()).toContain('Разработка методических материалов');

    await table
      .locator('tr[data-number="1.1.3"]')
      .getByRole('button', { name: /Наименование, строка 1\.1\.3/ })
      .click();
    const editor = page.getByLabel('Наименование, строка 1.1.3');
    await editor.fill('Обеспечение работы учебного центра');
    await editor.press('Enter');
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();
    await expect
      .poll(async () =>
        (await api.get<PendingImport>(`/api/imports/${importId}`)).draft.items[0]!.children[0]!.children.map((i: { title: string }) => i.title).at(-1),
      )
      .toBe('Обеспечение работы учебного центра');
  });

  it('cancel leaves nothing behind', async () => {
    const importId = page.url().split('/import/')[1]!;
    const plansBefore = (await api.get<{ plans: PlanSummary[] }>('/api/plans')).plans.length;
    await page.getByRole('button', { name: 'Отменить импорт' }).click();
    await page.waitForURL(/\/import$/);
    await page.getByTestId('import-dropzone').waitFor();
    const gone = await fetch(`${server.url}/api/imports/${importId}`, { headers: { cookie: api.cookie } });
    expect(gone.status).toBe(404);
    expect((await api.get<{ plans: PlanSummary[] }>('/api/plans')).plans.length).toBe(plansBefore);
  });

  it('shows the calendar plan’s election from its anchor lines and saves the planner’s corrections', async () => {
    const calendar = [
      'КАЛЕНДАРНЫЙ ПЛАН',
      'мероприятий по подготовке и проведению выборов депутатов Думы города Пскова',
      'Дата официального опубликования (публикации) решения о назначении выборов – 20 июня 2025 года',
      'День голосования – 14 сентября 2025 года',
      '',
      '№\tСодержание мероприятия\tСрок исполнения\tИсполнители',
      '1\tИнформирование избирателей\tВ период подготовки и проведения выборов\tТИК',
    ].join('\n');
    await page.goto(`${server.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'calendar.txt', mimeType: 'text/plain', buffer: Buffer.from(calendar) });
    const elections = page.getByTestId('import-elections');
    await elections.waitFor();
    expect(await elections.getByLabel('Наименование выборов').inputValue()).toBe('Выборы депутатов Думы города Пскова');
    expect(await elections.getByLabel('День голосования (дд.мм.гггг)').inputValue()).toBe('14.09.2025');
    const called = elections.getByLabel('Назначены (опубликование решения)');
    expect(await called.inputValue()).toBe('20.06.2025');
    await called.fill('18.06.2025');
    await called.press('Enter');
    const approval = page.getByTestId('import-approval');
    await approval.getByLabel('Номер документа').fill('12/45');
    await screenshot(page, '13-import-elections');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Создать план' }).click();
    await page.getByTestId('import-done').waitFor();
    const planId = (await page.getByRole('link', { name: 'Открыть план' }).getAttribute('href'))!.split('/plans/')[1]!;
    const stored = await api.get<PlanElections>(`/api/plans/${planId}/elections`);
    expect(stored.elections).toMatchObject([{ votingDay: '2025-09-14', calledOn: '2025-06-18' }]);
    expect((await api.get<Plan>(`/api/plans/${planId}`)).approval!.number).toBe('12/45');
  });

  it('tells an executor who opens /import by its address that import is for planners, before any file is chosen', async () => {
    await signOut(page);
    await signIn(page, server.url, 'kuzbass-tik');
    await page.goto(`${server.url}/import`);
    const notice = page.getByTestId('import-forbidden');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Импорт планов недоступен');
    expect(await page.getByTestId('import-file').count()).toBe(0);
    await notice.getByRole('link', { name: 'Перейти к моим мероприятиям' }).click();
    await page.waitForURL(/\/my$/);
    await signOut(page);
  });
});
