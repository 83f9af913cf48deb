import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('health answers without a session', async () => {
    const r = await client(t, null).get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', version: 'test' });
  });

  it.each(['/api/plans', '/api/organizations', '/api/people', '/api/auth/me', '/api/items/00000000-0000-0000-0000-000000000000'])(
    '%s needs a session',
    async (url) => {
      const r = await client(t, null).get(url);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthorized');
      expect(r.body.error.message).toMatch(/вход/i);
    },
  );

  it('logs in with an HttpOnly SameSite cookie and reports the user', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'kaluga', password: 'demo' } });
    expect(r.statusCode).toBe(200);
    const cookie = r.cookies.find((c) => c.name === 'planik_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.value.length).toBeGreaterThan(30);
    const me = await client(t, `planik_session=${cookie.value}`).get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ login: 'kaluga', roles: ['planner'] });
    expect(me.body.organization.name).toBe('Избирательная комиссия Калужской области');
  });

  it.each([
    ['wrong password', { login: 'kaluga', password: 'nope' }],
    ['unknown login', { login: 'nobody', password: 'demo' }],
  ])('%s → 401 with the same message', async (_name, payload) => {
    const r = await client(t, null).post('/api/auth/login', payload);
    expect(r.status).toBe(401);
    expect(r.body.error).toEqual({ code: 'invalid_credentials', message: 'Неверный логин или пароль' });
  });

  it('missing fields → 400 naming the field', async () => {
    const r = await client(t, null).post('/api/auth/login', { login: 'kaluga' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    expect(r.body.error.message).toContain('password');
  });

  it('logout ends the session on the server', async () => {
    const cookie = await t.login('kuzbass');
    const c = client(t, cookie);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('a forged session token is refused', async () => {
    const r = await client(t, 'planik_session=forged-token-value').get('/api/plans');
    expect(r.status).toBe(401);
  });

  it('sessions live in the database: a second app instance accepts the cookie', async () => {
    const cookie = await t.login('observer');
    const { buildApp } = await import('../../src/server/app.js');
    const { parseEnv } = await import('../../src/server/env.js');
    const second = await buildApp({ database: t.database, env: parseEnv({ LOG_LEVEL: 'silent' }), version: 'test', logger: false });
    const r = await second.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(r.statusCode).toBe(200);
    expect(JSON.parse(r.body).user.login).toBe('observer');
    await second.close();
  });

  it('locks the account after repeated wrong passwords and audits it', async () => {
    const c = client(t, null);
    for (let i = 0; i < 10; i++) expect((await c.post('/api/auth/login', { login: 'kuzbass-tik', password: 'bad' })).status).toBe(401);
    const locked = await c.post('/api/auth/login', { login: 'kuzbass-tik', password: 'demo' });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('account_locked');
    const { auditEvents } = await import('../../src/server/db/schema/index.js');
    const { eq } = await import('drizzle-orm');
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.locked'));
    expect(events).toHaveLength(1);

    // An administrator lifts the lockout by enabling the account; the right password works again at once.
    const admin = client(t, await t.login('admin'));
    const user = ((await admin.get('/api/users')).body.users as { id: string; login: string; lockedUntil: string | null }[]).find(
      (u) => u.login === 'kuzbass-tik',
    )!;
    expect(user.lockedUntil).not.toBeNull();
    const enabled = await admin.patch(`/api/users/${user.id}`, { disabled: false });
    expect(enabled.status).toBe(200);
    expect(enabled.body.lockedUntil).toBeNull();
    expect((await c.post('/api/auth/login', { login: 'kuzbass-tik', password: 'demo' })).status).toBe(200);
  });
});
