import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { root } from './server.js';

export const screenshotsDir = join(root, 'test-results');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile; no browser is ever downloaded. */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'planik-chromium-'));
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
    viewport: { width: 1440, height: 900 },
    locale: 'ru-RU',
    timezoneId: 'Asia/Novokuznetsk',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string) {
  await mkdir(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: false });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; why?: string }[];
}

let axeSource: string | null = null;

/**
 * Runs axe-core and returns serious and critical violations (WCAG 2.1 A/AA rules).
 * With a dialog open, pass its selector: the page behind a modal overlay is inert and dimmed on purpose.
 */
export async function seriousViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  axeSource ??= await readFile(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol rather than a <script> tag: the app's CSP forbids inline scripts, rightly.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (context) => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(context ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200), why: n.failureSummary })),
    }));
  }, selector ?? null);
  return (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function signIn(page: Page, url: string, login: string, password = 'demo') {
  await page.goto(`${url}/plans`);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** Fails with axe's own description when the page (or the dialog `selector` names) has serious violations. */
export async function expectAccessible(page: Page, name: string, selector?: string) {
  const violations = await seriousViolations(page, selector);
  if (violations.length) throw new Error(`${name}: serious accessibility violations\n${JSON.stringify(violations, null, 2)}`);
}

/** Opens the account menu of the wide header: the profile, the roles, the language and «Выйти». */
export async function openUserMenu(page: Page) {
  await page.getByTestId('current-user').click();
  await page.getByRole('menu').waitFor();
}

export async function signOut(page: Page) {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByLabel('Логин').waitFor();
}
