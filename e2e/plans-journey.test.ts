import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, signIn, type BrowserSession } from './support/browser.js';
import { root, startServer, type RunningServer } from './support/server.js';

/**
 * The journey of the "Done when": a planner imports last year's plan
 * through the wizard, reads it, moves a deadline, finds an item by search and
 * restructures the tree — with axe-core checks on every main page.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let planUrl = '';

const row = (number: string) => page.locator(`tr[data-number="${number}"]`);

/** Rows are virtualised: scroll the table until the row is rendered. */
async function scrollTo(locator: ReturnType<Page['locator']>) {
  const scroller = page.getByTestId('plan-table-scroll');
  await scroller.waitFor();
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 60 && (await locator.count()) === 0; i++) {
    await scroller.evaluate((el) => (el.scrollTop += 300));
    await page.waitForTimeout(50);
  }
  await locator.scrollIntoViewIfNeeded();
}

const view = (name: string) => page.locator('label', { hasText: name }).click();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('planner journey (kuzbass)', () => {
  it('signs in and sees the plans list without serious accessibility violations', async () => {
    await page.goto(`${server.url}/plans`);
    await page.getByLabel('Логин').waitFor();
    await screenshot(page, '00-sign-in');
    await expectAccessible(page, 'sign-in page');
    await signIn(page, server.url, 'kuzbass');
    await page.getByRole('heading', { name: 'Планы', level: 1 }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link').allTextContents()).resolves.toEqual([
      'Планы',
      'Импорт',
      'Мои мероприятия',
      'Отчеты',
      'Свод по комиссиям',
      'Журнал',
    ]);
    await screenshot(page, '01-plans-list');
    await expectAccessible(page, 'plans list');
  });

  it('lists its own commission’s plans first; other commissions’ published plans on request, with the count', async () => {
    const table = page.getByTestId('plans-table');
    await table.waitFor();
    const foreign = table.getByRole('link', { name: /Стратегический план действий \(СПД\)/ });
    expect(await foreign.count()).toBe(0);
    const own = await table.locator('tbody tr').count();
    await expect(page.getByTestId('plans-count').textContent()).resolves.toBe(`Всего планов: ${own}`);
    await page.getByLabel('Опубликованные планы других комиссий').check();
    await foreign.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(own);
    expect(page.url()).toContain('published=1');
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await expect.poll(() => foreign.count()).toBe(0);
  });

  it('imports kuzbass-training-plan-2022.txt through the wizard', async () => {
    await page.getByRole('link', { name: 'Импорт' }).click();
    await page.getByRole('heading', { name: 'Импорт плана' }).waitFor();
    await screenshot(page, '02-import-upload');
    await expectAccessible(page, 'import wizard, upload step');

    await page.getByTestId('import-file').setInputFiles(join(root, 'demo', 'seeds', 'kuzbass-training-plan-2022.txt'));
    await page.getByTestId('draft-table').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('draft-table').locator('tr[data-number="1.2.1"]').textContent()).resolves.toContain('Участие членов и работников аппарата');
    await screenshot(page, '03-import-preview');
    await expectAccessible(page, 'import wizard, preview step');

    await page.getByRole('button', { name: 'Создать план' }).click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Открыть план' }).click();
    await page.getByTestId('plan-table').waitFor();
    planUrl = page.url().split('?')[0]!;
  });

  it('shows item 1.2.1 with its full name and three executors', async () => {
    const r = row('1.2.1');
    await r.waitFor();
    const title = await r.getByTestId('title').textContent();
    expect(title).toBe(
      'Участие членов и работников аппарата Избирательной комиссии Кемеровской области – Кузбасса в обучающих мероприятиях, проводимых Центральной избирательной комиссией Российской Федерации и Российским центром обучения избирательным технологиям при ЦИК России (федеральный уровень обучения)',
    );
    const executors = await r.locator('[data-executor]').allTextContents();
    expect(executors).toHaveLength(3);
    expect(executors.join(', ')).toMatch(/ЦИК РФ.*РЦОИТ при ЦИК России.*ИККО – Кузбасса/);
    await screenshot(page, '04-plan-page');
    await expectAccessible(page, 'plan page');
  });

  it('changes the deadline of 2.2.3 to «Март» and sees it move in the calendar', async () => {
    await view('Календарь');
    await page.getByTestId('calendar-view').waitFor();
    await page.getByTestId('calendar-month-2022-02').locator('[data-number="2.2.3"]').waitFor();
    await expect(page.getByTestId('calendar-month-2022-03').locator('[data-number="2.2.3"]').count()).resolves.toBe(0);

    await page.getByTestId('calendar-month-2022-02').locator('[data-number="2.2.3"]').getByRole('button').click();
    const panel = page.getByTestId('item-panel');
    await panel.waitFor();
    const deadline = panel.getByLabel('Срок', { exact: true });
    await deadline.fill('Март');
    await expect(panel.getByTestId('deadline-explanation').textContent()).resolves.toMatch(/Март 2022/);
    await screenshot(page, '05-item-panel');
    await expectAccessible(page, 'item panel', '[role="dialog"]');
    await panel.getByRole('button', { name: 'Сохранить' }).click();
    await panel.getByText('Пункт сохранен').waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    await view('Календарь');
    await page.getByTestId('calendar-month-2022-03').locator('[data-number="2.2.3"]').waitFor();
    await expect(page.getByTestId('calendar-month-2022-02').locator('[data-number="2.2.3"]').count()).resolves.toBe(0);
    await screenshot(page, '06-calendar');
    await view('Шкала времени');
    await page.getByTestId('timeline-view').waitFor();
    await screenshot(page, '07-timeline');
  });

  it('finds «молодого избирателя» and reaches item 2.2.3', async () => {
    await page.getByRole('link', { name: 'Планы', exact: true }).click();
    await page.getByLabel('Поиск по планам и пунктам').fill('молодого избирателя');
    const result = page.getByTestId('search-results').getByRole('link', { name: /Пункт 2\.2\.3\./ });
    await result.first().waitFor();
    await expect(page.getByTestId('search-results').locator('mark').first().textContent()).resolves.toMatch(/молодого|избирателя/);
    await screenshot(page, '08-search');
    await expectAccessible(page, 'search results');
    await result.first().click();
    await page.getByTestId('item-panel').waitFor();
    await expect(page.getByTestId('item-panel').getByLabel('Наименование').inputValue()).resolves.toBe('Организация и проведение Дня молодого избирателя');
    await page.keyboard.press('Escape');
  });

  it('indents and outdents an item and sees the numbers change, and undoes a move', async () => {
    await page.goto(planUrl);
    const title =
      'Организация и проведение видеоконференции о практике работы избирательных комиссий по обеспечению избирательных прав граждан Российской Федерации, являющихся инвалидами';
    const byTitle = () => page.locator('tr[data-number]', { hasText: title });
    await scrollTo(byTitle());
    expect(await byTitle().getAttribute('data-number')).toBe('2.2.4');

    await byTitle().click();
    await byTitle().press('Alt+ArrowRight');
    await page.locator('tr[data-number="2.2.3.1"]').waitFor();
    expect(await byTitle().getAttribute('data-number')).toBe('2.2.3.1');
    expect(await row('2.2.4').getByTestId('title').textContent()).toContain('Дню России');
    await screenshot(page, '09-indented');

    await page.getByRole('button', { name: 'Сдвинуть влево (поднять уровень)' }).click();
    await page.locator('tr[data-number="2.2.4"]', { hasText: 'видеоконференции' }).waitFor();

    await byTitle().press('Alt+ArrowRight');
    await page.locator('tr[data-number="2.2.3.1"]').waitFor();
    await page.getByRole('button', { name: /^Отменить/ }).click();
    await page.locator('tr[data-number="2.2.4"]', { hasText: 'видеоконференции' }).waitFor();
    await expect(page.locator('tr[data-number="2.2.3.1"]').count()).resolves.toBe(0);
  });
});
