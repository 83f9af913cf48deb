import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema/index.js';
import { requireChangeOfDemoPasswords } from '../../src/server/demo/demo-passwords.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ApiToken } from '../support/api-types.js';

let t: TestApp;
let kalugaCookie: string;
let kaluga: Client;

beforeAll(async () => {
  t = await createTestApp();
  kalugaCookie = await t.login('kaluga');
  kaluga = client(t, kalugaCookie);
});
afterAll(() => t.close());

const plansCount = async () => (await kaluga.get('/api/plans')).body.plans.length as number;

describe('cross-site request forgery', () => {
  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin "null" (sandboxed frame)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('a cookie-authenticated mutation with %s is refused and changes nothing', async (_name, headers) => {
    const before = await plansCount();
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: kalugaCookie, 'content-type': 'application/json', host: 'planik.local', ...headers },
      payload: JSON.stringify({ kind: 'other', title: 'Подделка' }),
    });
    expect(r.statusCode).toBe(403);
    expect(JSON.parse(r.body).error.code).toBe('csrf_failed');
    expect(await plansCount()).toBe(before);
  });

  it('the same request from our own origin passes', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: {
        cookie: kalugaCookie,
        'content-type': 'application/json',
        host: 'planik.local',
        origin: 'http://planik.local',
        'sec-fetch-site': 'same-origin',
      },
      payload: JSON.stringify({ kind: 'other', title: 'Свой запрос' }),
    });
    expect(r.statusCode).toBe(201);
  });
});

describe('security headers', () => {
  it('API answers carry a strict CSP and friends', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBeDefined();
  });

  it('500s never leak internals', async () => {
    const r = await kaluga.get('/api/plans?limit=abc');
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).not.toMatch(/stack|at \w+ \(/);
  });
});

describe('API tokens', () => {
  it('a read token reads, cannot write, and stops working when revoked', async () => {
    const created = await kaluga.post('/api/tokens', { name: 'Сайт комиссии', scopes: ['read'] });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^plk_/);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const read = await t.app.inject({ method: 'GET', url: '/api/plans', headers: bearer });
    expect(read.statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { ...bearer, 'content-type': 'application/json' },
      payload: '{"kind":"other","title":"x"}',
    });
    expect(write.statusCode).toBe(403);
    const listed = await kaluga.get('/api/tokens');
    expect(listed.body.tokens.find((x: ApiToken) => x.id === created.body.id).lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect((await kaluga.del(`/api/tokens/${created.body.id}`)).status).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/plans', headers: bearer });
    expect(after.statusCode).toBe(401);
  });

  it('a write token acts with its owner’s rights only', async () => {
    const tik = client(t, await t.login('kaluga-tik'));
    const created = await tik.post('/api/tokens', { name: 'Интеграция', scopes: ['read', 'write'] });
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { authorization: `Bearer ${created.body.token}`, 'content-type': 'application/json' },
      payload: '{"kind":"other","title":"x"}',
    });
    expect(r.statusCode).toBe(403);
  });

  it('a forged token is refused', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/plans', headers: { authorization: 'Bearer plk_forged' } });
    expect(r.statusCode).toBe(401);
  });

  it('another user cannot revoke my token', async () => {
    const created = await kaluga.post('/api/tokens', { name: 'Мой', scopes: ['read'] });
    const other = client(t, await t.login('kuzbass'));
    expect((await other.del(`/api/tokens/${created.body.id}`)).status).toBe(404);
  });
});

describe('passwords', () => {
  it('refuses a weak new password and a wrong current one', async () => {
    const c = client(t, await t.login('kuzbass'));
    expect((await c.post('/api/auth/password', { currentPassword: 'demo', newPassword: 'short' })).body.error.code).toBe('weak_password');
    expect((await c.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'Надежный2025' })).status).toBe(401);
  });

  it('outside demo mode demo passwords must be changed before anything else', async () => {
    const flagged = await requireChangeOfDemoPasswords(t.database.db);
    expect(flagged).toContain('observer');
    const cookie = await t.login('observer');
    const c = client(t, cookie);
    const blocked = await c.get('/api/plans');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('password_change_required');
    expect((await c.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    expect((await c.post('/api/auth/password', { currentPassword: 'demo', newPassword: 'Наблюдение2025' })).status).toBe(204);
    expect((await c.get('/api/plans')).status).toBe(200);
    const [row] = await t.database.db.select().from(users).where(eq(users.login, 'observer'));
    expect(row!.mustChangePassword).toBe(false);
    // The old password no longer works, the new one does.
    expect((await client(t, null).post('/api/auth/login', { login: 'observer', password: 'demo' })).status).toBe(401);
    expect((await client(t, null).post('/api/auth/login', { login: 'observer', password: 'Наблюдение2025' })).status).toBe(200);
  });
});
