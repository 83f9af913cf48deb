import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('interface language (issue #20)', () => {
  it('a Kyrgyz commission defaults to Kyrgyz, a Russian one to Russian; a user choice wins', async () => {
    const kgCec = await client(t, await t.login('kg-cec')).get('/api/auth/me');
    expect(kgCec.body.language).toEqual({ locale: 'ky', chosen: null, organizationDefault: 'ky' });
    const kgTik = await client(t, await t.login('kg-tik')).get('/api/auth/me');
    expect(kgTik.body.language).toEqual({ locale: 'ky', chosen: 'ky', organizationDefault: 'ky' });
    expect(kgTik.body.user.roles).toEqual(['executor']);
    expect(kgTik.body.organization.name).toMatch(/аймактык шайлоо комиссиясы/);
    const kaluga = await client(t, await t.login('kaluga')).get('/api/auth/me');
    expect(kaluga.body.language).toEqual({ locale: 'ru', chosen: null, organizationDefault: 'ru' });
  });

  it('the Kyrgyz CEC planner has the CEC strategic plan and occurrences of it to report on', async () => {
    const c = client(t, await t.login('kg-cec'));
    const plans = (await c.get('/api/plans?limit=500')).body.plans as { id: string; kind: string; title: string }[];
    expect(plans.some((p) => p.kind === 'strategic')).toBe(true);
    const mine = await c.get('/api/me/occurrences?state=all');
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain('ЦИК КР');
  });

  it('the territorial executor gets the strategic plan’s actions assigned to «ТИК» (the plan fans them out to the CEC’s territorial commissions)', async () => {
    const mine = await client(t, await t.login('kg-tik')).get('/api/me/occurrences?state=all');
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain('Биринчи Май АШК');
  });

  it('PATCH /api/auth/profile remembers the language, audits it, and null returns to the organisation default', async () => {
    const cookie = await t.login('kg-cec');
    const c = client(t, cookie);
    const set = await c.patch('/api/auth/profile', { locale: 'ru' });
    expect(set.status).toBe(200);
    expect(set.body.language).toEqual({ locale: 'ru', chosen: 'ru', organizationDefault: 'ky' });
    expect((await c.get('/api/auth/me')).body.language.locale).toBe('ru');
    // Survives a new session: it is stored with the user, not the session.
    expect((await client(t, await t.login('kg-cec')).get('/api/auth/me')).body.language.locale).toBe('ru');
    const audit = await client(t, await t.login('admin')).get('/api/audit?action=user.locale');
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('user.locale');
    const reset = await c.patch('/api/auth/profile', { locale: null });
    expect(reset.body.language).toEqual({ locale: 'ky', chosen: null, organizationDefault: 'ky' });
  });

  it('a bad language is refused with a Russian message and changes nothing; no session → 401', async () => {
    const c = client(t, await t.login('kaluga'));
    const bad = await c.patch('/api/auth/profile', { locale: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Язык/);
    expect((await c.get('/api/auth/me')).body.language.locale).toBe('ru');
    expect((await client(t, null).patch('/api/auth/profile', { locale: 'ky' })).status).toBe(401);
  });

  it('a new commission below a Kyrgyz one inherits Kyrgyz; the default can be set explicitly', async () => {
    const admin = client(t, await t.login('admin'));
    const orgs = (await admin.get('/api/organizations')).body.organizations as { id: string; shortName: string; defaultLocale: string }[];
    const cecKg = orgs.find((o) => o.shortName === 'ЦИК КР')!;
    expect(cecKg.defaultLocale).toBe('ky');
    const child = await admin.post('/api/organizations', {
      kind: 'territorial',
      name: 'Ош шаардык аймактык шайлоо комиссиясы',
      parentId: cecKg.id,
      timeZone: 'Asia/Bishkek',
    });
    expect(child.status).toBeLessThan(300);
    expect(child.body.defaultLocale ?? child.body.organization?.defaultLocale).toBe('ky');
    const ru = await admin.post('/api/organizations', { kind: 'territorial', name: 'Русская секция', parentId: cecKg.id, defaultLocale: 'ru' });
    expect(ru.body.defaultLocale ?? ru.body.organization?.defaultLocale).toBe('ru');
  });

  it('errors stay Russian on the server with a code (and the blamed field) the Kyrgyz interface translates', async () => {
    const c = client(t, await t.login('kg-tik'));
    const wrong = await c.post('/api/auth/password', { currentPassword: 'не тот пароль', newPassword: 'ЖаңыСырсөз2026' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({ code: 'invalid_credentials', message: 'Текущий пароль указан неверно', details: { field: 'currentPassword' } });
    const missing = await c.get('/api/plans/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('plan_not_found');
    expect(missing.body.error.message).toBe('План не найден');
  });
});
