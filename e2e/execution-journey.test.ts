import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, screenshotsDir, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';
import type { Organization, PlanSummary } from '../test/support/api-types.js';

/**
 * The execution-control journey of issue #7: the ТИК reports item 2.1.4 of the
 * Kaluga plan (testing of commission members, assigned to «ТИК») with a figure and
 * a PDF; the regional planner returns it for rework from the dashboard; the ТИК
 * fixes it; the planner accepts; the half-year execution report downloaded as DOCX
 * and converted by LibreOffice contains the item and the reported text.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let work: string;
let kalugaPlanId = '';

const REPORT_TEXT = 'Проведено тестирование членов ТИК и УИК: 42 участника, выдано 40 сертификатов.';
const FIXED_TEXT = 'Проведено тестирование членов ТИК и УИК: 42 участника, выдано 40 сертификатов, из них членам УИК — 31.';
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

const testingRow = () => page.locator('[data-testid="bucket-overdue"] tr[data-item-number="2.1.4"]').first();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  work = await mkdtemp(join(tmpdir(), 'planik-exec-e2e-'));
  const admin = await apiSession(server.url, 'admin');
  const orgs = (await admin.get<{ organizations: Organization[] }>('/api/organizations')).organizations;
  const kaluga = orgs.find((o) => o.shortName === 'ИККО')!.id;
  kalugaPlanId = (await admin.get<{ plans: PlanSummary[] }>('/api/plans?limit=500')).plans.find((p) => p.organizationId === kaluga)!.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.sequential('execution control journey (kaluga-tik ↔ kaluga)', () => {
  it('the ТИК sees the Kaluga plan’s items assigned to «ТИК» that are due', async () => {
    await signIn(page, server.url, 'kaluga-tik');
    // An executor's menu: no import, no control pages.
    await expect(page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link').allTextContents()).resolves.toEqual([
      'Планы',
      'Мои мероприятия',
    ]);
    await page.getByRole('link', { name: 'Мои мероприятия' }).click();
    await page.getByRole('heading', { name: 'Мои мероприятия', level: 1 }).waitFor();
    await testingRow().waitFor();
    // Both half-years of 2.1.4 («Весь период») for its own ТИК, overdue since 2022; nothing of other ТИК.
    await expect(page.locator('[data-testid="bucket-overdue"] tr[data-item-number="2.1.4"]').count()).resolves.toBe(2);
    await expect(testingRow().textContent()).resolves.toContain('ТИК Бабынинского района');
    await expect(page.getByText('ТИК г. Обнинска').count()).resolves.toBe(0);
    await screenshot(page, 'execution-01-my-items');
    await expectAccessible(page, 'Мои мероприятия');
  });

  it('reports 2.1.4 with a figure and a PDF (upload with progress)', async () => {
    await testingRow()
      .getByRole('button', { name: /Отчитаться/ })
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: /Тестирование членов ТИК, УИК/ }).waitFor();
    await drawer.getByLabel('Что сделано').fill(REPORT_TEXT);
    await drawer.getByLabel('Число участников').fill('42');
    // A refused file shows its own error and keeps what was typed.
    await drawer
      .getByTestId('report-files')
      .setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00', 'latin1') });
    await drawer.getByText(/Исполняемые файлы и сценарии к отчету не прикладываются/).waitFor();
    await expect(drawer.getByLabel('Что сделано').inputValue()).resolves.toBe(REPORT_TEXT);
    await drawer.getByRole('button', { name: 'Убрать файл setup.exe' }).click();
    // «Перенесено» asks for the new date, typed as дд.мм.гггг; an impossible one is an error at the field.
    await drawer.getByRole('radio', { name: 'Перенесено' }).check();
    await drawer.getByLabel(/^Новый срок/).fill('31.06.2022');
    await drawer.getByLabel(/^Новый срок/).press('Tab');
    await drawer.getByText('Дата в формате дд.мм.гггг').waitFor();
    await drawer.getByLabel(/^Новый срок/).fill('15.07.2022');
    await drawer.getByLabel(/^Новый срок/).press('Tab');
    await expect(drawer.getByText('Дата в формате дд.мм.гггг').count()).resolves.toBe(0);
    await drawer.getByRole('radio', { name: 'Исполнено', exact: true }).check();
    await drawer.getByTestId('report-files').setInputFiles({ name: 'сертификаты.pdf', mimeType: 'application/pdf', buffer: pdf });
    await drawer.getByText(/сертификаты\.pdf · .* · загружен/).waitFor();
    await screenshot(page, 'execution-02-report-form');
    await expectAccessible(page, 'report form', '[role="dialog"]');
    await drawer.getByRole('button', { name: 'Отправить отчет' }).click();
    await drawer.getByText('Отчет отправлен').waitFor();
    await drawer.getByTestId('report-card').first().getByText('На проверке').waitFor();
    await page.keyboard.press('Escape');
    await signOut(page);
  });

  it('the planner sees it on the dashboard and returns it for rework', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.getByRole('link', { name: 'Отчеты' }).click();
    await page.getByTestId('control-plans').getByRole('link', { name: 'Ход исполнения' }).first().waitFor();
    await page.goto(`${server.url}/plans/${kalugaPlanId}/execution`);
    await page.getByRole('heading', { name: /^Ход исполнения:/ }).waitFor();
    await page.getByTestId('by-section').waitFor();
    await expect(page.getByTestId('stat-pending').textContent()).resolves.toContain('1');
    await screenshot(page, 'execution-dashboard');
    await expectAccessible(page, 'execution dashboard');

    const pending = page.locator('tr[data-item-number="2.1.4"]').filter({ has: page.getByRole('button', { name: /Проверить/ }) });
    await pending.getByRole('button', { name: /Проверить/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(REPORT_TEXT).waitFor();
    await drawer.getByRole('link', { name: /сертификаты\.pdf/ }).waitFor();
    await drawer.getByLabel('Комментарий проверяющего').fill('Укажите, сколько сертификатов выдано членам УИК');
    await drawer.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await drawer.getByTestId('report-card').first().getByText('Возвращен на доработку', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await signOut(page);
  });

  it('the ТИК fixes the report', async () => {
    await signIn(page, server.url, 'kaluga-tik');
    await page.goto(`${server.url}/my`);
    await testingRow().getByText('на доработке').waitFor();
    await testingRow()
      .getByRole('button', { name: /Доработать/ })
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Укажите, сколько сертификатов выдано членам УИК', { exact: true }).waitFor();
    // The form starts from the returned report: text, figure and file kept.
    await expect(drawer.getByLabel('Что сделано').inputValue()).resolves.toBe(REPORT_TEXT);
    await drawer.getByText(/сертификаты\.pdf · .* · загружен/).waitFor();
    await drawer.getByLabel('Что сделано').fill(FIXED_TEXT);
    await drawer.getByRole('button', { name: 'Отправить отчет' }).click();
    await drawer.getByText('Отчет отправлен').waitFor();
    await page.keyboard.press('Escape');
    await signOut(page);
  });

  it('the planner accepts it', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${kalugaPlanId}/execution`);
    const pending = page.locator('tr[data-item-number="2.1.4"]').filter({ has: page.getByRole('button', { name: /Проверить/ }) });
    await pending.getByRole('button', { name: /Проверить/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(FIXED_TEXT).waitFor();
    await drawer.getByRole('button', { name: 'Принять отчет' }).click();
    await drawer.getByTestId('report-card').first().getByText('Принят', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('stat-done').waitFor();
    await screenshot(page, 'execution-03-dashboard-after-review');
  });

  it('the half-year execution report downloads as DOCX; LibreOffice renders it with 2.1.4 and the reported text', async () => {
    await page.getByRole('combobox', { name: 'Отчетный период' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Отчетный период' }).inputValue()).resolves.toBe('I полугодие 2022 г.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать DOCX' }).click()]);
    const docxPath = join(work, 'report.docx');
    await download.saveAs(docxPath);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);

    if (!existsSync('/usr/bin/soffice') && spawnSync('which', ['soffice']).status !== 0) {
      console.warn('SKIPPED: LibreOffice (soffice) is not installed — DOCX → PDF conversion not checked');
      return;
    }
    const profile = join(work, 'lo-profile');
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(convert.status, convert.stderr).toBe(0);
    const pdfPath = join(work, 'report.pdf');
    expect(existsSync(pdfPath)).toBe(true);
    const text = spawnSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('2.1.4');
    expect(text).toContain('Тестирование членов ТИК, УИК');
    expect(text).toContain(FIXED_TEXT);
    expect(text).not.toContain('Укажите, сколько сертификатов'); // the returned version is not in the report
    expect(text).toContain('Отчет об исполнении плана за I полугодие 2022 г.');
    await writeFile(join(screenshotsDir, 'execution-report.txt'), text);
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, join(screenshotsDir, 'execution-report-page')]);
  });
});
