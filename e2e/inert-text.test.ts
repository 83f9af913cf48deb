import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';
import type { Item, Occurrence, Plan } from '../test/support/api-types.js';

/**
 * Issue #6: user and imported text is rendered inert. An HTML plan whose cells
 * carry markup goes through the import wizard; an item titled with an <img onerror>
 * is added through the API; a report file is named with markup. The plan page, the
 * item panel, the public page and the report drawer show all of it as text; no
 * script runs (no dialog, no injected element).
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
const dialogs: string[] = [];

const IMG = '<img src=x onerror=alert(1)> <script>alert(6)</script>';
// The importer drops markup from cell text (tags pasted into Word cells are noise), so an
// escaped «&lt;script&gt;» arrives as its inner text, and a real <script> element not at all.
const SCRIPT_TEXT = 'alert("импорт") Конкурс рисунков';
const FILE_NAME = '<svg onload=alert(3)>.pdf';

const html = `<html><head><meta charset="utf-8"></head><body>
<p align=right>УТВЕРЖДЕН<br>решением Территориальной избирательной комиссии Бабынинского района<br>от 15.01.2024 № 45/210</p>
<h2>ПЛАН мероприятий по повышению правовой культуры избирателей на 2024 год</h2>
<table border=1>
<tr><th>№ п/п</th><th>Мероприятие</th><th>Срок</th><th>Исполнители</th></tr>
<tr><td colspan=4><b>I. Работа с молодежью</b></td></tr>
<tr><td>1.</td><td>&lt;script&gt;alert("импорт")&lt;/script&gt; Конкурс рисунков</td><td>февраль</td><td>ТИК</td></tr>
<tr><td>2.</td><td><script>alert(2)</script>Викторина <b onmouseover="alert(4)">в школах</b></td><td>март</td><td>ТИК</td></tr>
</table>
</body></html>`;

/** Nothing the page renders may carry an event handler or be an element the text asked for. */
async function expectNoInjectedMarkup() {
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onmouseover], [onload]').count()).resolves.toBe(0);
  expect(dialogs).toEqual([]);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('user and imported text is inert', () => {
  let planUrl = '';

  it('an imported HTML cell with <script> arrives as plain text in the preview and on the plan page', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'plan.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    const draft = page.getByTestId('draft-table');
    await draft.waitFor({ timeout: 60_000 });
    await expect(draft.locator('tr[data-number="1"]').textContent()).resolves.toContain(SCRIPT_TEXT);
    await expectNoInjectedMarkup();
    await page.getByRole('button', { name: 'Создать план' }).click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Открыть план' }).click();
    await page.getByTestId('plan-table').waitFor();
    planUrl = page.url().split('?')[0]!;
    await page.getByTestId('plan-table').getByText(SCRIPT_TEXT).first().waitFor();
    // A real <script> element in a cell is dropped by the importer; its neighbours stay as plain text.
    await page
      .getByTestId('plan-table')
      .getByText(/Викторина в школах/)
      .first()
      .waitFor();
    await expectNoInjectedMarkup();
  });

  it('an item titled with <img onerror> and <script> shows as text on the plan page, in the item panel and on the public page', async () => {
    const api = await apiSession(server.url, 'kaluga');
    const planId = planUrl.split('/plans/')[1]!;
    const plan = await api.get<Plan>(`/api/plans/${planId}`);
    const section = plan.items.find((i) => i.kind === 'section')!;
    const created = await api.post<Item>(`/api/plans/${planId}/items`, {
      parentId: section.id,
      title: IMG,
      deadlineText: 'апрель',
      executors: [{ text: 'ТИК' }],
    });
    await api.patch(`/api/plans/${planId}`, { version: (await api.get<Plan>(`/api/plans/${planId}`)).version, published: true });

    await page.goto(planUrl);
    const table = page.getByTestId('plan-table');
    await table.getByText(IMG, { exact: true }).first().waitFor();
    await table
      .locator(`tr[data-number="${created.number}"]`)
      .getByRole('button', { name: `Открыть пункт ${created.number}` })
      .click();
    await page.getByTestId('item-panel').waitFor();
    await expect(page.getByTestId('item-panel').getByLabel('Наименование').inputValue()).resolves.toBe(IMG);
    await screenshot(page, 'inert-text-plan');
    await expectNoInjectedMarkup();

    const response = await page.goto(`${server.url}/public/plans/${planId}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('table', { name: 'Мероприятия плана' }).getByText(IMG, { exact: true }).waitFor();
    await page.getByText(SCRIPT_TEXT).first().waitFor();
    await expectNoInjectedMarkup();
  });

  it('a report file named with markup shows its name as text', async () => {
    // The ТИК reports on an approved plan's occurrence with a file whose name is markup.
    const admin = await apiSession(server.url, 'admin');
    const planId = planUrl.split('/plans/')[1]!;
    const plan = await admin.get<Plan>(`/api/plans/${planId}`);
    await admin.patch(`/api/plans/${planId}`, { version: plan.version, status: 'approved' }); // occurrences exist for plans in force
    const tik = await apiSession(server.url, 'kaluga-tik');
    const mine = (await tik.get<{ occurrences: Occurrence[] }>('/api/me/occurrences?state=all')).occurrences.filter((o) => o.planId === planId);
    expect(mine.length).toBeGreaterThan(0);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), FILE_NAME);
    const upload = await fetch(`${server.url}/api/files`, { method: 'POST', headers: { cookie: tik.cookie }, body: form });
    expect(upload.status).toBe(201);
    const file = (await upload.json()) as { id: string };
    await tik.post(`/api/occurrences/${mine[0]!.id}/reports`, { status: 'done', text: IMG, fileIds: [file.id], clientKey: 'inert-text-1' });

    await page.goto(`${server.url}/plans`);
    await signOut(page);
    await signIn(page, server.url, 'kaluga-tik');
    await page.goto(`${server.url}/my?view=done&occurrence=${mine[0]!.id}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: new RegExp(FILE_NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    await drawer.getByText(IMG, { exact: true }).first().waitFor();
    await screenshot(page, 'inert-text-report');
    await expectNoInjectedMarkup();
  });
});
