import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, signIn, signOut, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

/**
 * Issue #18 in the browser. On a phone (390×844, touch) a ТИК executor signs in,
 * opens what is due, reports with text and a file and sees it waiting for review.
 * On a desktop: an extension request approved by the planner, and the chairman's
 * page, printed on one A4 page.
 */
let server: RunningServer;
let phone: { context: BrowserContext; page: Page; profile: string };
let desktop: BrowserSession;

const photo = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

/** A control is tappable when it lies inside the screen's width and a tap at its centre lands on it, not on something above it. */
async function expectTappable(page: Page, control: Locator, name: string) {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (!box) throw new Error(`${name}: not rendered`);
  expect(box.x, name).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, name).toBeLessThanOrEqual(390);
  expect(box.height, `${name}: big enough to tap`).toBeGreaterThanOrEqual(24);
  const hit = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && (el === top || el.contains(top));
  });
  expect(hit, `${name}: a tap lands on it`).toBe(true);
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

beforeAll(async () => {
  server = await startServer();
  const profile = await mkdtemp(join(tmpdir(), 'planik-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  phone = { context, page: context.pages()[0] ?? (await context.newPage()), profile };
  phone.page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await phone?.context.close();
  if (phone) await rm(phone.profile, { recursive: true, force: true });
  await desktop?.close();
  await server?.stop();
});

describe.sequential('an executor on a phone (390×844, touch)', () => {
  it('signs in and lands on «Мои мероприятия» as cards, nothing wider than the screen', async () => {
    const page = phone.page;
    await page.goto(`${server.url}/`);
    await page.getByLabel('Логин').fill('kaluga-tik');
    await page.getByLabel('Пароль').fill('demo');
    await expectTappable(page, page.getByRole('button', { name: 'Войти' }), 'Войти');
    await page.getByRole('button', { name: 'Войти' }).tap();
    await page.getByRole('heading', { name: 'Мои мероприятия', level: 1 }).waitFor();
    await page.locator('[data-testid="bucket-overdue"] [data-testid="occurrence-card"]').first().waitFor();
    await expect(page.getByTestId('occurrence-table').count()).resolves.toBe(0);
    await expect(noSideScroll(page)).resolves.toBe(true);
    await screenshot(page, 'phone-01-my-items');
    await expectAccessible(page, 'phone: Мои мероприятия');
  });

  it('the header menu folds behind a burger: the user block and «Выйти» are reachable', async () => {
    const page = phone.page;
    const burger = page.getByRole('button', { name: 'Открыть меню' });
    await expectTappable(page, burger, 'burger');
    await burger.tap();
    const menu = page.locator('#app-menu');
    await menu.getByRole('button', { name: 'Выйти' }).waitFor();
    await expectTappable(page, menu.getByRole('button', { name: 'Выйти' }), 'Выйти');
    await expectTappable(page, menu.getByRole('link', { name: 'Мои мероприятия' }), 'menu link');
    await expect(menu.getByTestId('current-user').textContent()).resolves.toContain('ТИК Бабынинского района');
    await expectAccessible(page, 'phone: menu');
    await screenshot(page, 'phone-02-menu');
    await menu.getByRole('link', { name: 'Мои мероприятия' }).tap();
    await page.getByRole('button', { name: 'Открыть меню' }).waitFor();
    await expect(menu.count()).resolves.toBe(0);
  });

  it('opens what is due, reports with text and a photo in a full-width drawer, and sees it waiting for review', async () => {
    const page = phone.page;
    const card = page.locator('[data-testid="bucket-overdue"] [data-testid="occurrence-card"][data-item-number="2.1.4"]').first();
    const report = card.getByRole('button', { name: /Отчитаться/ });
    await expectTappable(page, report, 'Отчитаться');
    await report.tap();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: /Тестирование членов ТИК, УИК/ }).waitFor();
    const width = (await page.locator('.mantine-Drawer-content').boundingBox())!.width;
    expect(width).toBeGreaterThanOrEqual(389);
    await drawer.getByLabel('Что сделано').fill('Проведено тестирование членов УИК, фото протокола приложено.');
    await drawer.getByTestId('report-files').setInputFiles({ name: 'протокол.jpg', mimeType: 'image/jpeg', buffer: photo });
    await drawer.getByText(/протокол\.jpg · .* · загружен/).waitFor();
    const submit = drawer.getByRole('button', { name: 'Отправить отчет' });
    await expectTappable(page, submit, 'Отправить отчет');
    await expect(noSideScroll(page)).resolves.toBe(true);
    await screenshot(page, 'phone-03-report-form');
    await expectAccessible(page, 'phone: report drawer', '[role="dialog"]');
    await submit.tap();
    await drawer.getByText('Отчет отправлен').waitFor();
    await drawer.getByTestId('report-card').first().getByText('На проверке').waitFor();
    await drawer
      .getByTestId('report-card')
      .first()
      .getByRole('link', { name: /протокол\.jpg/ })
      .waitFor();
    await screenshot(page, 'phone-04-waiting');
    await expectTappable(page, drawer.getByRole('button', { name: 'Закрыть' }), 'close the drawer');
    await drawer.getByRole('button', { name: 'Закрыть' }).tap();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });
});

describe.sequential('on a desktop', () => {
  it('an executor asks to move a deadline; the planner approves; the new date is in force', async () => {
    desktop = await launchBrowser();
    const page = desktop.page;
    page.setDefaultTimeout(20_000);
    await signIn(page, server.url, 'kaluga-tik');
    await page.goto(`${server.url}/my`);
    await page.getByRole('heading', { name: 'Мои мероприятия', level: 1 }).waitFor();
    const row = page.locator('[data-testid="bucket-overdue"] tr[data-item-number="2.1.4"]').first();
    await row.getByRole('button', { name: /Отчитаться/ }).click();
    const drawer = page.getByRole('dialog');
    const panel = drawer.getByTestId('extension-panel');
    await panel.getByRole('button', { name: 'Попросить перенос срока' }).click();
    // The first half-year's 2.1.4 was reported on the phone: the second half-year's (31.12.2022) is the one overdue now.
    await panel.getByLabel(/^Новый срок/).fill('31.03.2023');
    await panel.getByLabel(/^Новый срок/).press('Tab');
    await panel.getByLabel(/^Причина переноса/).fill('Учебный класс на ремонте до сентября');
    await expectAccessible(page, 'extension request', '[role="dialog"]');
    await panel.getByRole('button', { name: 'Отправить запрос' }).click();
    await panel.getByText('на рассмотрении').waitFor();
    await panel.getByText('с 31.12.2022 на 31.03.2023: Учебный класс на ремонте до сентября').waitFor();
    const occurrenceId = new URL(page.url()).searchParams.get('occurrence');
    await page.keyboard.press('Escape');
    await signOut(page);

    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/my?occurrence=${occurrenceId}`);
    const review = page.getByRole('dialog').getByTestId('extension-panel');
    await review.getByRole('button', { name: 'Согласовать перенос' }).click();
    await review.getByText('согласован').waitFor();
    const due = await page.evaluate(async (id) => (await (await fetch(`/api/occurrences/${id}`)).json()).dueDate, occurrenceId);
    expect(due).toBe('2023-03-31');
    await screenshot(page, 'extension-approved');
    await page.keyboard.press('Escape');
  });

  it('the chairman’s page: overdue by body and section, waiting, due soon, trend; printed on one page', async () => {
    const page = desktop.page;
    await page.goto(`${server.url}/reports`);
    await page.getByRole('link', { name: 'Сводка председателя' }).click();
    await page.getByRole('heading', { name: 'Сводка председателя', level: 1 }).waitFor();
    await page.getByTestId('by-body').getByRole('row').nth(1).waitFor();
    await expect(page.getByTestId('figure-overdue').textContent()).resolves.toMatch(/Просрочено\d+/);
    await expect(page.getByTestId('figure-pending').textContent()).resolves.toContain('Ждут проверки1');
    await expect(page.getByTestId('waiting').textContent()).resolves.toContain('2.1.4');
    await expect(page.getByTestId('by-section').getByRole('row').count()).resolves.toBeGreaterThan(1);
    // A section leads to its plan's control page.
    const sectionLink = page.getByTestId('by-section').getByRole('link').first();
    await expect(sectionLink.getAttribute('href')).resolves.toMatch(/^\/plans\/[0-9a-f-]{36}\/execution$/);
    await expect(page.getByTestId('figure-trend').textContent()).resolves.toMatch(/полугодие/);
    await screenshot(page, 'chairman');
    await expectAccessible(page, 'chairman page');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });
});
