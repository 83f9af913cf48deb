import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByLogin } from '../../src/server/repositories/user.repository.js';
import { createAuditLogService } from '../../src/server/services/audit-log.service.js';
import { toSessionUser } from '../../src/server/services/auth.service.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { AuditEvent, PlanVersion, User, VersionDiff } from '../support/api-types.js';

let t: TestApp;
let admin: Client;
let kaluga: Client;
let orgs: { id: string; shortName: string; parentId: string | null; name: string }[];
const org = (shortName: string) => orgs.find((o) => o.shortName === shortName)!;

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  orgs = (await admin.get('/api/organizations')).body.organizations;
});
afterAll(() => t.close());

describe('administration', () => {
  it('a commission administrator manages its own and lower organisations, not others', async () => {
    const created = await admin.post('/api/users', {
      login: 'kaluga-admin',
      displayName: 'Администратор ИККО',
      organizationId: org('ИККО').id,
      roles: ['org_admin'],
      password: 'Калуга2025пароль',
    });
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);
    // The new admin must change the password set by someone else first.
    const first = client(t, await t.login('kaluga-admin', 'Калуга2025пароль'));
    expect((await first.post('/api/auth/password', { currentPassword: 'Калуга2025пароль', newPassword: 'СвойПароль2025' })).status).toBe(204);
    const kadmin = first;

    const tik = await kadmin.post('/api/organizations', {
      kind: 'territorial',
      name: 'Территориальная избирательная комиссия Жуковского района',
      shortName: 'ТИК Жуковского района',
      parentId: org('ИККО').id,
    });
    expect(tik.status).toBe(201);
    const unit = await kadmin.post(`/api/organizations/${tik.body.id}/units`, { name: 'аппарат' });
    expect(unit.status).toBe(201);
    const person = await kadmin.post('/api/people', { organizationId: tik.body.id, fullName: 'Петров Петр Петрович', shortName: 'Петров П.П.' });
    expect(person.status).toBe(201);
    const user = await kadmin.post('/api/users', {
      login: 'zhukov-tik',
      displayName: 'Исполнитель',
      organizationId: tik.body.id,
      roles: ['executor'],
      password: 'Жуков2025пароль',
    });
    expect(user.status).toBe(201);

    // Not in another region, not a system administrator.
    expect((await kadmin.post('/api/organizations', { kind: 'territorial', name: 'x', parentId: org('ИККО – Кузбасса').id })).status).toBe(403);
    expect(
      (
        await kadmin.post('/api/users', {
          login: 'evil',
          displayName: 'x',
          organizationId: org('ИККО – Кузбасса').id,
          roles: ['executor'],
          password: 'Пароль2025abc',
        })
      ).status,
    ).toBe(403);
    expect(
      (await kadmin.post('/api/users', { login: 'root2', displayName: 'x', organizationId: tik.body.id, roles: ['sysadmin'], password: 'Пароль2025abc' }))
        .status,
    ).toBe(403);
    const visible = (await kadmin.get('/api/users')).body.users.map((u: User) => u.login);
    expect(visible).toContain('kaluga');
    expect(visible).toContain('zhukov-tik');
    expect(visible).not.toContain('kuzbass');

    // Disable, then the user cannot sign in; reset forces a change.
    expect((await kadmin.patch(`/api/users/${user.body.id}`, { disabled: true })).status).toBe(200);
    expect((await client(t, null).post('/api/auth/login', { login: 'zhukov-tik', password: 'Жуков2025пароль' })).status).toBe(401);
    expect((await kadmin.patch(`/api/users/${user.body.id}`, { disabled: false })).status).toBe(200);
    expect((await kadmin.post(`/api/users/${user.body.id}/password`, { password: 'weak' })).body.error.code).toBe('weak_password');
    expect((await kadmin.post(`/api/users/${user.body.id}/password`, { password: 'НовыйПароль2025' })).status).toBe(204);

    // An organisation still in use cannot be deleted; an empty one can.
    expect((await kadmin.del(`/api/organizations/${tik.body.id}`)).status).toBe(409);
    const empty = await kadmin.post('/api/organizations', { kind: 'territorial', name: 'Пустая ТИК', parentId: org('ИККО').id });
    expect((await kadmin.del(`/api/organizations/${empty.body.id}`)).status).toBe(204);

    // The audit trail shows who did it.
    const audit = (await admin.get(`/api/audit?entityId=${user.body.id}`)).body.events;
    const adminActions = audit.filter((e: AuditEvent) => e.action.startsWith('user.'));
    expect(adminActions.map((e: AuditEvent) => e.action).sort()).toEqual(['user.create', 'user.disable', 'user.enable', 'user.password_reset']);
    expect(new Set(adminActions.map((e: AuditEvent) => e.actor!.login))).toEqual(new Set(['kaluga-admin']));
    // The sign-in attempt while disabled is recorded too, without an actor.
    expect(audit.filter((e: AuditEvent) => e.action === 'auth.login_failed').map((e: AuditEvent) => e.actor)).toEqual([null]);
  });

  it('a planner cannot administer', async () => {
    expect((await kaluga.post('/api/organizations', { kind: 'territorial', name: 'x', parentId: org('ИККО').id })).status).toBe(403);
    expect((await kaluga.get('/api/users')).status).toBe(403);
  });

  it('refuses an organisation loop and an unknown time zone', async () => {
    const r = await admin.patch(`/api/organizations/${org('ИККО').id}`, { parentId: org('ТИК Бабынинского района').id });
    expect(r.status).toBe(400);
    expect((await admin.post('/api/organizations', { kind: 'other', name: 'x', timeZone: 'Mars/Olympus' })).status).toBe(400);
  });
});

describe('audit trail', () => {
  it('filters by plan and exports CSV with a BOM; a planner sees only its own organisation', async () => {
    const plan = (await kaluga.post('/api/plans', { kind: 'other', title: 'План для журнала' })).body;
    await kaluga.post(`/api/plans/${plan.id}/items`, { title: '=HYPERLINK("http://evil")' });
    const events = (await kaluga.get(`/api/audit?planId=${plan.id}`)).body.events;
    expect(events.map((e: AuditEvent) => e.action)).toEqual(['item.create', 'plan.create']);
    const csv = await t.app.inject({ method: 'GET', url: `/api/audit.csv?planId=${plan.id}`, headers: { cookie: await t.login('kaluga') } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain('item.create');
    expect(csv.body).not.toMatch(/;=HYPERLINK/);
    const kuzbass = client(t, await t.login('kuzbass'));
    expect((await kuzbass.get(`/api/audit?planId=${plan.id}`)).body.events).toEqual([]);
    expect((await client(t, await t.login('kaluga-tik')).get('/api/audit')).status).toBe(403);
  });

  it('the CSV holds the whole selection, read page by page without gaps or repeats', async () => {
    const plan = (await kaluga.post('/api/plans', { kind: 'other', title: 'План для выгрузки журнала' })).body;
    for (let i = 1; i <= 6; i++) await kaluga.post(`/api/plans/${plan.id}/items`, { title: `Пункт ${i}` });
    const ids = ((await kaluga.get(`/api/audit?planId=${plan.id}&limit=500`)).body.events as { id: number }[]).map((e) => e.id);
    expect(ids).toHaveLength(7);
    const user = toSessionUser((await findUserByLogin(t.database.db, 'kaluga'))!);
    const csvIds = async (pageSize: number) => {
      let text = '';
      for await (const chunk of createAuditLogService(t.database.db).csv({ user, ip: null }, { planId: plan.id }, pageSize)) text += chunk;
      return text
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => Number(line.split(';')[0]));
    };
    // Pages of 2 and 3 split the seven events differently; both must give all of them once, newest first.
    expect(await csvIds(2)).toEqual(ids);
    expect(await csvIds(3)).toEqual(ids);
    const route = await t.app.inject({ method: 'GET', url: `/api/audit.csv?planId=${plan.id}`, headers: { cookie: await t.login('kaluga') } });
    expect(route.body.trim().split('\r\n')).toHaveLength(8);
  });
});

describe('plan versions', () => {
  it('approval and amendment take snapshots; the diff lists added, removed, changed and renumbered items', async () => {
    const plan = (await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План с версиями', period: { start: '2025-01-01', end: '2025-12-31' } })).body;
    const a = (await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Семинар', deadlineText: 'Март' })).body;
    const b = (await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Конкурс' })).body;
    // A planner may not approve; the administrator (or a controller) may.
    expect((await kaluga.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(403);
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
    await kaluga.del(`/api/items/${a.id}`);
    await kaluga.patch(`/api/items/${b.id}`, { deadlineText: 'Апрель' });
    await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Новый пункт' });
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'amended' })).status).toBe(200);
    const versions = (await kaluga.get(`/api/plans/${plan.id}/versions`)).body.versions;
    expect(versions.map((v: PlanVersion) => v.reason)).toEqual(['approved', 'amended']);
    const diff = (await kaluga.get(`/api/plans/${plan.id}/diff?from=${versions[0].version}&to=${versions[1].version}`)).body;
    expect(diff.removed.map((x: VersionDiff['removed'][number]) => x.title)).toEqual(['Семинар']);
    expect(diff.added.map((x: VersionDiff['added'][number]) => x.title)).toEqual(['Новый пункт']);
    expect(diff.renumbered).toEqual([{ id: b.id, title: 'Конкурс', from: '2', to: '1' }]);
    expect(diff.changed[0].changes['Срок']).toEqual({ before: '', after: 'Апрель' });
    const snapshot = (await kaluga.get(`/api/plans/${plan.id}/versions/${versions[0].version}`)).body;
    expect(snapshot.snapshot.items).toHaveLength(2);
    expect((await client(t, await t.login('kuzbass')).get(`/api/plans/${plan.id}/versions`)).status).toBe(404);
  });
});
