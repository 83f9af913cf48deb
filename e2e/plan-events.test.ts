import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, type BrowserSession } from './support/browser.js';
import { apiSession, calendarPlanWithVotingItem, startServer, type RunningServer } from './support/server.js';

/** «Выборы и события»: a planner gives a voting day and an event date, and the items counted from them show dates at once. */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let planId: string;
let votingItemId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
  const api = await apiSession(server.url, 'kaluga');
  ({ planId, votingItemId } = await calendarPlanWithVotingItem(api, 2026, 'ИККО'));
  await api.post(`/api/plans/${planId}/items`, {
    title: 'Опубликование сведений о размере оплаты эфирного времени',
    deadlineText: 'не позднее чем через 30 дней со дня официального опубликования решения о назначении выборов',
    executors: [{ text: 'ИККО' }],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('elections and events of a plan', () => {
  it('dates dependent items as soon as the voting day and the event date are given', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${planId}`);
    const panel = page.getByTestId('events-panel');
    await expect.poll(() => panel.getByTestId('event-row').count()).toBe(1);
    expect(await panel.getByTestId('event-row').innerText()).toContain('Опубликование сведений');
    expect(await page.getByTestId('deadline-dates').count()).toBe(0);

    await panel.getByLabel('Выборы').fill('Выборы депутатов Законодательного Собрания');
    await panel.getByLabel('День голосования').fill('20.09.2026');
    await panel.getByLabel('День голосования').press('Enter');
    await panel.getByRole('button', { name: 'Привязать выборы' }).click();
    await expect.poll(() => page.getByTestId('deadline-dates').allInnerTexts()).toEqual([expect.stringContaining('05.08.2026')]);

    const date = panel.getByLabel(/Дата события/);
    await date.fill('20.06.2026');
    await date.press('Enter');
    await expect.poll(() => page.getByTestId('deadline-dates').count()).toBe(2);
    expect((await page.getByTestId('deadline-dates').allInnerTexts()).join(' ')).toContain('19.07.2026');
    // The panel's own list refetches after the table's: wait for it rather than read it once.
    await expect.poll(() => panel.innerText()).not.toContain('ожидает даты');

    // The item panel explains the phrase with the plan's voting day instead of asking for one.
    await page.goto(`${server.url}/plans/${planId}?item=${votingItemId}`);
    await expect.poll(() => page.getByTestId('deadline-explanation').innerText()).toContain('05.08.2026');
  });
});
