import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../src/server/db/schema/index.js';
import { MAX_FAILED_LOGINS } from '../../src/server/services/auth.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Issue #12, defect 3: the lockout holds under parallel guesses; forwarded addresses only from configured proxies. */
const login = (t: TestApp, payload: unknown, remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object, remoteAddress, headers });

describe('login lockout under parallel guesses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('16 wrong passwords at once: only the first ten are checked, the rest are 423, then even the right one is 423', async () => {
    const answers = await Promise.all(Array.from({ length: 16 }, () => login(t, { login: 'kuzbass', password: 'wrong-guess' })));
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILED_LOGINS);
    expect(statuses.filter((s) => s === 423)).toHaveLength(16 - MAX_FAILED_LOGINS);
    expect((await login(t, { login: 'kuzbass', password: 'demo' })).statusCode).toBe(423);
    const user = (await t.database.db.select().from(users).where(eq(users.login, 'kuzbass')))[0]!;
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const locked = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.locked'), eq(auditEvents.entityId, user.id)));
    expect(locked).toHaveLength(1);
  });

  it('a success resets the count; an expired lock starts afresh', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect((await login(t, { login: 'kaluga-tik', password: 'bad' })).statusCode).toBe(401);
    expect((await login(t, { login: 'kaluga-tik', password: 'demo' })).statusCode).toBe(200);
    expect((await t.database.db.select().from(users).where(eq(users.login, 'kaluga-tik')))[0]!.failedLogins).toBe(0);
    // Locked long ago: the lock has expired, the next attempt is the first of a new count.
    await t.database.db
      .update(users)
      .set({ failedLogins: 25, lockedUntil: new Date(Date.now() - 60_000) })
      .where(eq(users.login, 'kaluga-tik'));
    expect((await login(t, { login: 'kaluga-tik', password: 'bad' })).statusCode).toBe(401);
    expect((await t.database.db.select().from(users).where(eq(users.login, 'kaluga-tik')))[0]!.failedLogins).toBe(1);
    expect((await login(t, { login: 'kaluga-tik', password: 'demo' })).statusCode).toBe(200);
  });
});

describe('current-password guesses through a session', () => {
  it('count towards the same lockout', async () => {
    const t = await createTestApp();
    try {
      const cookie = await t.login('observer');
      const change = () =>
        t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword: 'guess', newPassword: 'НовыйПароль2025' } });
      const statuses = (await Promise.all(Array.from({ length: 12 }, change))).map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILED_LOGINS);
      expect(statuses.filter((s) => s === 423)).toHaveLength(12 - MAX_FAILED_LOGINS);
      expect((await login(t, { login: 'observer', password: 'demo' })).statusCode).toBe(423);
    } finally {
      await t.close();
    }
  });
});

describe('forwarded client addresses', () => {
  const failedFrom = async (t: TestApp, userLogin: string) => {
    const user = (await t.database.db.select().from(users).where(eq(users.login, userLogin)))[0]!;
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.login_failed'), eq(auditEvents.entityId, user.id)));
    return rows.map((r) => r.ip);
  };

  it.each([
    ['not set', undefined],
    ['1 (a proxy on this machine)', '1'],
    ['a list of proxies', '10.0.0.0/8,127.0.0.1'],
  ])('PLANIK_TRUST_PROXY %s: X-Forwarded-For from an untrusted peer is ignored by the audit and the rate limit', async (_name, value) => {
    const t = await createTestApp(value === undefined ? {} : { PLANIK_TRUST_PROXY: value });
    try {
      await login(t, { login: 'observer', password: 'bad' }, '203.0.113.7', { 'x-forwarded-for': '198.51.100.200' });
      expect(await failedFrom(t, 'observer')).toEqual(['203.0.113.7']);
      // 40 more guesses from that peer, each claiming another address: the limit (30 a minute) still sees one client.
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const r = await login(t, { login: 'nobody', password: 'x' }, '203.0.113.7', { 'x-forwarded-for': `198.51.100.${i + 1}` });
        statuses.push(r.statusCode);
      }
      expect(statuses.filter((s) => s === 429)).toHaveLength(11);
    } finally {
      await t.close();
    }
  });

  it('a configured proxy is believed: the audit records the client it names', async () => {
    const t = await createTestApp({ PLANIK_TRUST_PROXY: '10.0.0.0/8' });
    try {
      await login(t, { login: 'observer', password: 'bad' }, '10.1.2.3', { 'x-forwarded-for': '198.51.100.9' });
      // Loopback is not in the list here: its forwarded header is not believed.
      await login(t, { login: 'observer', password: 'bad' }, '127.0.0.1', { 'x-forwarded-for': '198.51.100.10' });
      expect((await failedFrom(t, 'observer')).sort()).toEqual(['127.0.0.1', '198.51.100.9']);
    } finally {
      await t.close();
    }
  });

  it('with 1, a proxy on this machine is believed', async () => {
    const t = await createTestApp({ PLANIK_TRUST_PROXY: '1' });
    try {
      await login(t, { login: 'observer', password: 'bad' }, '127.0.0.1', { 'x-forwarded-for': '198.51.100.11' });
      expect(await failedFrom(t, 'observer')).toEqual(['198.51.100.11']);
    } finally {
      await t.close();
    }
  });
});
