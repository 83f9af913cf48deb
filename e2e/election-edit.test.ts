import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, calendarPlanWithVotingItem, startServer, type RunningServer } from './support/server.js';

/**
 * «Выборы и события»: the planner moves the voting day and the dependent item is re-dated at once; the executor
 * sees «срок изменён: было … стало …» in «Мои мероприятия»; removing the election asks first, naming the items
 * that will wait for a date.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let planId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(15_000);
  const api = await apiSession(server.url, 'kaluga');
  ({ planId } = await calendarPlanWithVotingItem(api, 2027, 'ТИК'));
  const admin = await apiSession(server.url, 'admin');
  await admin.patch(`/api/plans/${planId}`, { status: 'approved' });
  await api.post(`/api/plans/${planId}/elections`, { name: 'Выборы депутатов Законодательного Собрания', votingDay: '2027-09-19' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('editing and removing an election', () => {
  it('moves the voting day and re-dates the item at once', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${planId}`);
    const panel = page.getByTestId('events-panel');
    await expect.poll(() => page.getByTestId('deadline-dates').allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('04.08.2027')]);
    await panel.getByRole('button', { name: 'Изменить выборы «Выборы депутатов Законодательного Собрания»' }).click();
    const row = panel.getByTestId('election-row');
    const day = row.getByLabel('День голосования');
    await day.fill('26.09.2027');
    await day.press('Enter');
    await row.getByRole('button', { name: 'Сохранить выборы' }).click();
    await expect.poll(() => page.getByTestId('deadline-dates').allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('11.08.2027')]);
    await expect.poll(() => panel.getByTestId('election-row').innerText(), { timeout: 15_000 }).toContain('26.09.2027');
    await signOut(page);
  });

  it('tells the executor in «Мои мероприятия»', async () => {
    await signIn(page, server.url, 'kaluga-tik');
    await page.goto(`${server.url}/my`);
    await expect.poll(() => page.getByTestId('date-change').allInnerTexts(), { timeout: 15_000 }).toContain('срок изменён: было 04.08.2027, стало 11.08.2027');
    await signOut(page);
  });

  it('removes the election after naming the items that will wait for a date', async () => {
    await signIn(page, server.url, 'kaluga');
    await page.goto(`${server.url}/plans/${planId}`);
    const panel = page.getByTestId('events-panel');
    await panel.getByRole('button', { name: 'Удалить выборы «Выборы депутатов Законодательного Собрания»' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('election-dependents').innerText(), { timeout: 15_000 }).toContain('Образование избирательных участков');
    await dialog.getByRole('button', { name: 'Удалить выборы' }).click();
    await expect.poll(() => panel.getByTestId('election-row').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('deadline-dates').count(), { timeout: 15_000 }).toBe(0);
  });
});
