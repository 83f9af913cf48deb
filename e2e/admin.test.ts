import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openUserMenu, screenshot, signIn, signOut, type BrowserSession } from './support/browser.js';
import { apiSession, startServer, type RunningServer } from './support/server.js';
import type { AuditEvent, User } from '../test/support/api-types.js';

/**
 * Administration (issue #6): the system administrator adds a unit and a person to
 * the Kaluga commission and creates its commission administrator; that user must
 * replace the temporary password, then sees only Kaluga's subtree and creates and
 * blocks a user of a ТИК. Every step is in the audit trail under the right actor.
 */
let server: RunningServer;
let browser: BrowserSession;
let page: Page;

/** Picks an option of a Mantine Select (typing its label first where the select is searchable). */
async function choose(scope: Locator, label: string, option: string) {
  const input = scope
    .getByRole('textbox', { name: label })
    .or(scope.getByRole('combobox', { name: label }))
    .first();
  await input.click();
  if (await input.isEditable()) await input.fill(option); // searchable selects filter as one types
  await page.getByRole('option', { name: option, exact: true }).click();
}

let kalugaAdminPassword = '';
const newPassword = 'Kaluga-2026-secure';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  page.on('dialog', (d) => void d.accept()); // window.confirm of «Заблокировать»
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('administration', () => {
  it("the administrator's header holds its seven links and the account button on one line at 1280 px", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, server.url, 'admin');
    const nav = page.getByRole('navigation', { name: 'Основная навигация' });
    await expect(nav.getByRole('link').count()).resolves.toBe(7);
    const header = await page.locator('header').evaluate((h) => ({ scroll: h.scrollWidth, client: h.clientWidth, height: h.getBoundingClientRect().height }));
    expect(header.scroll).toBeLessThanOrEqual(header.client);
    for (const link of await nav.getByRole('link').all()) {
      const box = (await link.boundingBox())!;
      expect(box.height).toBeLessThan(40); // one line: a wrapped label doubles the height
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
    }
    const account = (await page.getByTestId('current-user').boundingBox())!;
    expect(account.x + account.width).toBeLessThanOrEqual(1280);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signOut(page);
  });

  it('the system administrator adds a unit and a person to the Kaluga commission', async () => {
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Администрирование' }).click();
    await page.getByRole('heading', { name: 'Администрирование', level: 1 }).waitFor();
    await page.getByLabel('Поиск').fill('калужской');
    await page
      .getByTestId('org-node')
      .filter({ hasText: /^ИККО$/ })
      .click();
    const panel = page.getByTestId('organization-panel');
    await panel.getByRole('heading', { name: 'Избирательная комиссия Калужской области' }).waitFor();

    await panel.getByRole('button', { name: 'Добавить подразделение' }).click();
    let dialog = page.getByRole('dialog', { name: 'Новое подразделение' });
    await dialog.getByLabel('Наименование').fill('Отдел правового обеспечения');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByRole('cell', { name: 'Отдел правового обеспечения', exact: true }).waitFor();

    await panel.getByRole('button', { name: 'Добавить сотрудника' }).click();
    dialog = page.getByRole('dialog', { name: 'Новый сотрудник' });
    // An empty required field is reported before anything is sent.
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.getByText('Заполните поле').first().waitFor();
    await dialog.getByLabel('Фамилия, имя, отчество').fill('Смирнова Ольга Викторовна');
    await expect(dialog.getByLabel('Как указывать в плане').inputValue()).resolves.toBe('Смирнова О.В.');
    await dialog.getByLabel('Должность').fill('консультант');
    await choose(dialog, 'Подразделение', 'Отдел правового обеспечения');
    await dialog.getByLabel('Электронная почта').fill('не-адрес');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.getByText('Некорректный адрес электронной почты').waitFor(); // the server's message, next to the field
    await dialog.getByLabel('Электронная почта').fill('smirnova@example.org');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = panel.getByTestId('people-table').getByRole('row').filter({ hasText: 'Смирнова Ольга Викторовна' });
    await expect(row.textContent()).resolves.toContain('Отдел правового обеспечения');
    await screenshot(page, 'admin-01-organization');
    await expectAccessible(page, 'administration: organisation');

    // Its history: who added it, in the journal.
    await row.getByRole('link', { name: 'История изменений' }).click();
    await page.waitForURL(/\/audit\?entityType=person&entityId=/);
    const event = page.getByRole('row').filter({ hasText: 'Добавление сотрудника' });
    await event.first().waitFor();
    await expect(event.count()).resolves.toBe(1);
    await expect(event.textContent()).resolves.toContain('Системный администратор');
    await page.goBack();
    await panel.getByRole('heading', { name: 'Избирательная комиссия Калужской области' }).waitFor();
  });

  it('adds a subordinate commission under ИККО and deletes it; a commission with users cannot be deleted', async () => {
    const panel = page.getByTestId('organization-panel');
    await panel.getByRole('button', { name: 'Добавить подчиненную' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая организация' });
    // Under a regional commission the kind starts as a territorial one, and the parent is filled in.
    await expect(
      dialog
        .getByRole('textbox', { name: 'Вид' })
        .or(dialog.getByRole('combobox', { name: 'Вид' }))
        .first()
        .inputValue(),
    ).resolves.toBe('Территориальная избирательная комиссия');
    await expect(
      dialog
        .getByRole('textbox', { name: 'Вышестоящая организация' })
        .or(dialog.getByRole('combobox', { name: 'Вышестоящая организация' }))
        .first()
        .inputValue(),
    ).resolves.toBe('ИККО');
    // The language is the parent's until the administrator picks another one.
    await expect(
      dialog
        .getByRole('textbox', { name: 'Язык по умолчанию' })
        .or(dialog.getByRole('combobox', { name: 'Язык по умолчанию' }))
        .first()
        .inputValue(),
    ).resolves.toBe('Русский');
    await dialog.getByLabel('Полное наименование').fill('Территориальная избирательная комиссия Жуковского района');
    await dialog.getByLabel('Краткое наименование').fill('ТИК Жуковского района');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByRole('heading', { name: 'Территориальная избирательная комиссия Жуковского района' }).waitFor();
    await panel.getByText('Русский', { exact: true }).waitFor();
    await page
      .getByTestId('org-node')
      .filter({ hasText: /^ТИК Жуковского района$/ })
      .waitFor();

    await panel.getByRole('button', { name: 'Удалить', exact: true }).click(); // window.confirm is accepted
    await panel.getByRole('heading', { name: 'Избирательная комиссия Калужской области' }).waitFor();
    await expect(
      page
        .getByTestId('org-node')
        .filter({ hasText: /^ТИК Жуковского района$/ })
        .count(),
    ).resolves.toBe(0);

    // ТИК Бабынинского района has a user and plan items assigned: the server refuses, the page says why.
    await page
      .getByTestId('org-node')
      .filter({ hasText: /^ТИК Бабынинского района$/ })
      .click();
    await panel.getByRole('heading', { name: /Бабынинского района/ }).waitFor();
    await panel.getByRole('button', { name: 'Удалить', exact: true }).click();
    await panel.getByRole('alert').waitFor();
    await page
      .getByTestId('org-node')
      .filter({ hasText: /^ИККО$/ })
      .click();
    await panel.getByRole('heading', { name: 'Избирательная комиссия Калужской области' }).waitFor();
  });

  it('creates the commission administrator with a temporary password', async () => {
    await page.getByRole('tab', { name: 'Пользователи' }).click();
    await page.getByTestId('users-table').waitFor();
    await page.getByRole('button', { name: 'Создать пользователя' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый пользователь' });
    await dialog.getByLabel('Логин').fill('kaluga-admin');
    await dialog.getByLabel('Имя пользователя').fill('Администратор ИККО');
    await choose(dialog, 'Организация', 'ИККО');
    await dialog.getByRole('checkbox', { name: 'Исполнитель' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Администратор комиссии' }).check();
    await choose(dialog, 'Сотрудник в справочнике', 'Смирнова Ольга Викторовна, консультант');
    await expectAccessible(page, 'user form', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    kalugaAdminPassword = (await page.getByTestId('temporary-password').textContent())!.trim();
    expect(kalugaAdminPassword).toMatch(/^\w{12}$/);
    const row = page.locator('tr[data-login="kaluga-admin"]');
    await expect(row.textContent()).resolves.toContain('Администратор комиссии');
    await expect(row.textContent()).resolves.toContain('сменит пароль при входе');
    await screenshot(page, 'admin-02-users');
    await expectAccessible(page, 'administration: users');
    await signOut(page);
  });

  it('the new administrator must replace the temporary password first', async () => {
    await page.goto(`${server.url}/plans`);
    await page.getByLabel('Логин').fill('kaluga-admin');
    await page.getByLabel('Пароль').fill(kalugaAdminPassword);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { name: 'Смена пароля' }).waitFor();
    await expectAccessible(page, 'password change');
    await page.getByLabel('Текущий пароль').fill(kalugaAdminPassword);
    await page.getByLabel(/^Новый пароль\s*\*?$/).fill('short1');
    await page.getByLabel('Новый пароль еще раз').fill('short1');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByRole('alert').getByText('Пароль должен быть не короче 8 символов').waitFor();
    await page.getByLabel(/^Новый пароль\s*\*?$/).fill(newPassword);
    await page.getByLabel('Новый пароль еще раз').fill(newPassword);
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByTestId('current-user').waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toBe('ИККО');
  });

  it('sees only its own subtree, creates a ТИК user and blocks it', async () => {
    await page.getByRole('link', { name: 'Администрирование' }).click();
    const nodes = page.getByTestId('org-node');
    await nodes.filter({ hasText: /^ИККО$/ }).waitFor();
    const names = await nodes.allTextContents();
    expect(names).toContain('ТИК Бабынинского района');
    expect(names.some((n) => /Кузбас|Кемеров|ЦИК/.test(n))).toBe(false);
    await expect(page.getByRole('button', { name: 'Добавить организацию' }).count()).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Пользователи' }).click();
    await page.getByRole('button', { name: 'Создать пользователя' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый пользователь' });
    await expect(dialog.getByRole('checkbox', { name: 'Системный администратор' }).count()).resolves.toBe(0);
    await dialog.getByLabel('Логин').fill('babynino-operator');
    await dialog.getByLabel('Имя пользователя').fill('Оператор ТИК');
    await choose(dialog, 'Организация', 'ТИК Бабынинского района');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('tr[data-login="babynino-operator"]');
    await row.getByRole('button', { name: 'Заблокировать: babynino-operator' }).click();
    await row.getByText('заблокирован', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Разблокировать: babynino-operator' }).waitFor();
  });

  it('the audit trail names who did each change', async () => {
    const admin = await apiSession(server.url, 'admin');
    const users = (await admin.get<{ users: User[] }>('/api/users')).users;
    const kalugaAdmin = users.find((u) => u.login === 'kaluga-admin')!;
    const operator = users.find((u) => u.login === 'babynino-operator')!;
    expect(operator.disabled).toBe(true);
    const events = async (entityId: string) =>
      // The journal's events, and the flat actor fields the check also accepts should the answer carry them.
      (await admin.get<{ events: (AuditEvent & { actorLogin?: string; actorId?: string })[] }>(`/api/audit?entityType=user&entityId=${entityId}`)).events.map(
        (e) => `${e.action} by ${e.actorLogin ?? e.actor?.login ?? e.actorId}`,
      );
    const ofAdmin = await events(kalugaAdmin.id);
    expect(ofAdmin.some((e) => e.startsWith('user.create by'))).toBe(true);
    expect(ofAdmin.some((e) => e.startsWith('auth.password_change by'))).toBe(true);
    const ofOperator = await events(operator.id);
    expect(ofOperator.some((e) => e.startsWith('user.disable by') && (e.includes('kaluga-admin') || e.includes(kalugaAdmin.id)))).toBe(true);
  });
});

describe.sequential('profile: API tokens', () => {
  it('issues a read-only token shown once, which works for reading only until revoked', async () => {
    await page.goto(`${server.url}/plans`);
    // Decide only once the app knows who is signed in: on a loaded machine the first render is slow.
    const signedIn = page.getByTestId('current-user');
    await page.getByLabel('Логин').or(signedIn).first().waitFor();
    if (await signedIn.count()) await signOut(page);
    await signIn(page, server.url, 'kaluga');
    await openUserMenu(page);
    await page.getByRole('menuitem', { name: 'Профиль пользователя' }).click();
    await page.getByRole('heading', { name: 'Профиль', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Выпустить токен' }).click();
    await page.getByText('Укажите назначение токена').waitFor();
    await page.getByLabel('Назначение').fill('Сайт комиссии');
    await page.getByRole('button', { name: 'Выпустить токен' }).click();
    const token = (await page.getByTestId('issued-token').textContent())!.trim();
    expect(token).toMatch(/^plk_[\w-]{40,}$/);
    await page.locator('tr[data-token="Сайт комиссии"]').waitFor();
    await screenshot(page, 'admin-03-profile-tokens');
    await expectAccessible(page, 'profile');

    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect((await call('GET', '/api/plans')).status).toBe(200);
    expect((await call('POST', '/api/plans', { title: 'Через токен', kind: 'work_plan' })).status).toBe(403);

    await page.locator('tr[data-token="Сайт комиссии"]').getByRole('button', { name: 'Отозвать: Сайт комиссии' }).click();
    await page
      .locator('tr[data-token="Сайт комиссии"]')
      .getByText(/^отозван/)
      .waitFor();
    expect((await call('GET', '/api/plans')).status).toBe(401);
    // The list never shows the token again.
    await page.reload();
    await page.locator('tr[data-token="Сайт комиссии"]').waitFor();
    await expect(page.getByTestId('issued-token').count()).resolves.toBe(0);
    await expect(page.getByText(token).count()).resolves.toBe(0);
  });
});
