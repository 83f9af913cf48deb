import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';
import type { EscalationRun, Organization, Plan, PlanSummary } from '../test/support/api-types.js';

/**
 * Issue #18 in the browser: the escalation check's notices reach «Уведомления»
 * (bell with the unread count, mark read one by one and all at once), and a plan's
 * execution-control settings (escalation days, closed reporting periods) are a form
 * for its planner and controllers and absent for an observer.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let kalugaPlanId = '';
let period = { start: '2022-01-01', end: '2022-12-31' };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  const admin = await apiSession(server.url, 'admin');
  const orgs = (await admin.get<{ organizations: Organization[] }>('/api/organizations')).organizations;
  const kaluga = orgs.find((o) => o.shortName === 'ИККО')!.id;
  const plan = (await admin.get<{ plans: PlanSummary[] }>('/api/plans?limit=500')).plans.find((p) => p.organizationId === kaluga)!;
  kalugaPlanId = plan.id;
  period = (await admin.get<Plan>(`/api/plans/${kalugaPlanId}`)).period ?? period;
  await admin.post('/api/users', {
    login: 'ikko-control',
    displayName: 'Секретарь ИККО',
    organizationId: kaluga,
    roles: ['controller'],
    password: 'Контроль2025',
  });
  const controller = await apiSession(server.url, 'ikko-control', 'Контроль2025');
  await controller.post('/api/auth/password', { currentPassword: 'Контроль2025', newPassword: 'Контроль2026' });
  const run = await admin.post<EscalationRun>('/api/admin/escalations/run');
  expect(run.created).toBeGreaterThan(0);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// The dashboard and the notices load a few queries on a busy machine: poll longer than expect.poll's default second.
const poll = { timeout: 15_000 };
const unreadOf = async () => Number(/(\d+)$/.exec((await page.getByTestId('notices-unread').textContent()) ?? '')?.[1]);

describe.sequential('notices and execution-control settings', () => {
  it('an executor sees the unread count on the bell, reads the notices and marks them read', async () => {
    await signIn(page, server.url, 'kaluga-tik');
    const bell = page.locator('[data-testid="notice-bell"]:visible');
    await expect.poll(async () => bell.getAttribute('aria-label'), poll).toMatch(/^Уведомления: непрочитанных [1-9]\d*$/);
    await bell.click();
    await page.getByRole('heading', { name: 'Уведомления', level: 1 }).waitFor();
    const first = page.getByTestId('notice').first();
    await first.getByText(/Не представлен отчет вашей комиссии: срок \d\d\.\d\d\.\d{4}, просрочено на \d+ дн\./).waitFor();
    // The item link opens the plan at that item (the notice may be of any Kaluga plan the ТИК reports on).
    await expect(first.getByRole('link', { name: /^п\. / }).getAttribute('href')).resolves.toMatch(/^\/plans\/[0-9a-f-]{36}\?item=[0-9a-f-]{36}$/);
    await expectAccessible(page, 'notices');
    await screenshot(page, 'execution-notices');

    const before = await unreadOf();
    await first.getByRole('button', { name: 'Прочитано' }).click();
    await expect.poll(unreadOf, poll).toBe(before - 1);
    await expect(page.getByTestId('notice').first().getAttribute('data-read')).resolves.toBe('yes');
    await page.getByRole('button', { name: 'Отметить все прочитанными' }).click();
    await expect.poll(unreadOf, poll).toBe(0);
    await expect(page.locator('[data-testid="notice"][data-read="no"]').count()).resolves.toBe(0);
    await expect.poll(async () => bell.getAttribute('aria-label'), poll).toBe('Уведомления: непрочитанных 0');
    await signOut(page);
  });

  // Each test signs in afresh, so one failing test does not leave the next signed in as someone else.
  beforeEach(async () => {
    await page.context().clearCookies();
  });

  it('the planner sets the plan’s escalation days and sees the closed periods without the closing form', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${kalugaPlanId}/execution`);
    const card = page.getByTestId('plan-control');
    const days = card.getByLabel('Уведомлять контролирующих через, дней после срока');
    await expect.poll(async () => days.inputValue(), poll).toBe('5');
    await days.fill('10');
    await card.getByRole('button', { name: 'Сохранить' }).click();
    await card.getByText('Сохранено').waitFor();
    await page.reload();
    await expect
      .poll(async () => page.getByTestId('plan-control').getByLabel('Уведомлять контролирующих через, дней после срока').inputValue(), poll)
      .toBe('10');
    await page.getByTestId('plan-control').getByText('Закрытых периодов нет.').waitFor();
    await expect(page.getByTestId('plan-control').getByRole('button', { name: 'Закрыть отчетный период' }).count()).resolves.toBe(0);
    await signOut(page);
  });

  it('a controller closes a reporting period citing the act; a bad period is refused with the reason and closes nothing', async () => {
    await signIn(page, server.url, 'ikko-control', 'Контроль2026');
    await page.goto(`${server.url}/plans/${kalugaPlanId}/execution`);
    const card = page.getByTestId('plan-control');
    await card.getByRole('button', { name: 'Закрыть отчетный период' }).click();
    const form = card.getByTestId('close-period-form');
    const ru = (iso: string) => iso.split('-').reverse().join('.');
    const year = period.start.slice(0, 4);
    const typeDate = async (label: string, value: string) => {
      await form.getByLabel(label).fill(value);
      await form.getByLabel(label).press('Tab');
    };
    // The end before the start: the server's reason next to the field, nothing closed.
    await typeDate('Начало периода', `30.06.${year}`);
    await typeDate('Окончание периода', ru(period.start));
    await typeDate('Дата (дд.мм.гггг)', `20.07.${year}`);
    await form.getByLabel('Номер').fill('5/31-7');
    await form.getByLabel(/Кем принят/).fill('Избирательная комиссия Калужской области');
    await form.getByRole('button', { name: 'Закрыть период' }).click();
    await form.getByText('Начало периода позже его окончания').waitFor();
    await card.getByText('Закрытых периодов нет.').waitFor();

    await typeDate('Начало периода', ru(period.start));
    await typeDate('Окончание периода', `30.06.${year}`);
    await form.getByRole('button', { name: 'Закрыть период' }).click();
    const closed = card.getByTestId('closed-periods');
    await closed.getByText(new RegExp(`Постановление от 20\\.07\\.${year} № 5/31-7`)).waitFor();
    await expect(closed.textContent()).resolves.toContain(`${ru(period.start)} – 30.06.${year}`);
    await expectAccessible(page, 'execution control settings');
    await screenshot(page, 'execution-control-settings');
    await signOut(page);
  });

  it('an observer watches the dashboard but gets no settings', async () => {
    await signIn(page, server.url, 'observer');
    await page.goto(`${server.url}/plans/${kalugaPlanId}/execution`);
    await page.getByTestId('by-section').waitFor();
    await expect(page.getByTestId('plan-control').count()).resolves.toBe(0);
  });
});
