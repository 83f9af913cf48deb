import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openUserMenu, screenshot, signIn, type BrowserSession } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

/**
 * Issue #20: a Kyrgyz-speaking member of the CEC of Kyrgyzstan works in Kyrgyz — the
 * interface comes in Kyrgyz from the organisation's default, the strategic plan opens,
 * a report goes in, the switch turns everything to Russian and back and the choice
 * is remembered; axe finds no serious violations in either language.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;

const navLinks = () => page.getByRole('navigation').first().getByRole('link').allTextContents();
const htmlLang = () => page.evaluate(() => document.documentElement.lang);
// A switch re-renders the page: axe looks at it once the spinners are gone.
const settled = () => page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('the Kyrgyz CEC planner (kg-cec)', () => {
  it('signs in and sees the interface in Kyrgyz', async () => {
    await signIn(page, server.url, 'kg-cec');
    await page.getByRole('navigation', { name: 'Негизги навигация' }).waitFor();
    await expect(navLinks()).resolves.toEqual(['Пландар', 'Импорт', 'Менин иш-чараларым', 'Отчеттор', 'Комиссиялар боюнча жыйынды', 'Журнал']);
    await expect(htmlLang()).resolves.toBe('ky');
    await page.getByRole('heading', { name: 'Пландар', level: 1 }).waitFor();
    await openUserMenu(page);
    await page.getByRole('menuitem', { name: 'Чыгуу' }).waitFor();
    // The open menu itself holds only menu items: the language is a group of two radio items.
    const languages = page.getByRole('menu').getByRole('group', { name: 'Интерфейстин тили' });
    await expect(languages.getByRole('menuitemradio', { name: 'Кыргызча' }).getAttribute('aria-checked')).resolves.toBe('true');
    await expect(languages.getByRole('menuitemradio', { name: 'Русский' }).getAttribute('aria-checked')).resolves.toBe('false');
    await expectAccessible(page, 'account menu in Kyrgyz', '[role="menu"]');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await screenshot(page, 'kyrgyz-01-plans');
    await expectAccessible(page, 'plans in Kyrgyz');
  });

  it('opens the strategic plan: the plan text as written, the interface around it in Kyrgyz', async () => {
    await page
      .getByRole('link', { name: /^Стратегический план действий/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Стратегический план действий/, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Жүктөп алуу' }).waitFor();
    await page.getByRole('link', { name: 'Бардык пландар' }).waitFor();
    await screenshot(page, 'kyrgyz-02-strategic-plan');
    await expectAccessible(page, 'strategic plan in Kyrgyz');
  });

  it('submits a report on one of the CEC’s actions', async () => {
    await page.getByRole('link', { name: 'Менин иш-чараларым' }).click();
    await page.getByRole('heading', { name: 'Менин иш-чараларым', level: 1 }).waitFor();
    await page
      .getByRole('button', { name: /^Отчет берүү/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Эмне аткарылды').fill('Шайлоо комиссияларынын мүчөлөрү үчүн 3 семинар өткөрүлдү, 57 катышуучу.');
    await drawer.getByRole('radio', { name: 'Аткарылды', exact: true }).check();
    await screenshot(page, 'kyrgyz-03-report-form');
    await expectAccessible(page, 'report form in Kyrgyz', '[role="dialog"]');
    await drawer.getByRole('button', { name: 'Отчетту жөнөтүү' }).click();
    await drawer.getByText('Отчет жөнөтүлдү').waitFor();
    await drawer.getByTestId('report-card').first().getByText('Текшерүүдө').waitFor();
    await page.keyboard.press('Escape');
  });

  it('switches to Russian: every text changes at once, lang="ru", axe clean', async () => {
    await openUserMenu(page);
    await page.getByRole('menu').getByRole('menuitemradio', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Мои мероприятия', level: 1 }).waitFor();
    await page.keyboard.press('Escape');
    await expect(navLinks()).resolves.toEqual(['Планы', 'Импорт', 'Мои мероприятия', 'Отчеты', 'Свод по комиссиям', 'Журнал']);
    await expect(htmlLang()).resolves.toBe('ru');
    await screenshot(page, 'kyrgyz-04-russian');
    await settled();
    await expectAccessible(page, 'my items in Russian');
    // Remembered for the user, not the page: a reload keeps Russian.
    await page.reload();
    await page.getByRole('heading', { name: 'Мои мероприятия', level: 1 }).waitFor();
  });

  it('and back to Kyrgyz, remembered across a reload; axe clean', async () => {
    await openUserMenu(page);
    await page.getByRole('menu').getByRole('menuitemradio', { name: 'Кыргызча' }).click();
    await page.getByRole('heading', { name: 'Менин иш-чараларым', level: 1 }).waitFor();
    await page.keyboard.press('Escape');
    await expect(htmlLang()).resolves.toBe('ky');
    await settled();
    await expectAccessible(page, 'my items in Kyrgyz');
    await page.reload();
    await page.getByRole('heading', { name: 'Менин иш-чараларым', level: 1 }).waitFor();
    await expect(navLinks()).resolves.toContain('Менин иш-чараларым');
    await screenshot(page, 'kyrgyz-05-back-to-kyrgyz');
  });
});
