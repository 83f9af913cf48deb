import { eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, escalationNotices, plans, reminderDigests } from '../../src/server/db/schema/index.js';
import { createEscalationService } from '../../src/server/services/escalation.service.js';
import { client, type Client } from '../support/http.js';
import { shiftDays } from '../support/dates.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { InboxNotice, Occurrence, Organization, User } from '../support/api-types.js';

/**
 * «Уведомления» (issue #18): escalation notices go out by e-mail once, whichever
 * instance runs the check, respecting the reminders switch and a missing address;
 * every notice kind is listed to its addressee with a personal read mark.
 */
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let kuzbassTik: Client;
let controller: Client;
let kalugaPlanId: string;

const ru = (iso: string) => iso.split('-').reverse().join('.');

async function userId(login: string) {
  return ((await admin.get('/api/users')).body.users as User[]).find((u) => u.login === login)!.id as string;
}
async function escalationDigests() {
  return t.database.db.select().from(reminderDigests).where(eq(reminderDigests.kind, 'escalation'));
}
async function count(table: typeof escalationNotices | typeof auditEvents, where?: SQL) {
  return Number(
    (
      await t.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(where)
    )[0]!.n,
  );
}

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Planik <planik@test.local>', PUBLIC_URL: 'https://planik.test' });
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
  kuzbassTik = client(t, await t.login('kuzbass-tik'));
  const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
  const kalugaOrg = orgs.find((o) => o.shortName === 'ИККО')!.id;
  // A controller of the same commission who switched reminders off, and a ТИК colleague without an address.
  await admin.post('/api/users', {
    login: 'ikko-secretary',
    displayName: 'Секретарь',
    organizationId: kalugaOrg,
    roles: ['controller'],
    password: 'Контроль2025',
  });
  controller = client(t, await t.login('ikko-secretary', 'Контроль2025'));
  expect((await controller.post('/api/auth/password', { currentPassword: 'Контроль2025', newPassword: 'Контроль2026' })).status).toBeLessThan(300);
  for (const [login, email] of [
    ['kaluga', 'ikko@test.local'],
    ['kaluga-tik', 'tik@test.local'],
    ['ikko-secretary', 'secretary@test.local'],
  ])
    expect((await admin.patch(`/api/users/${await userId(login!)}`, { email })).status).toBe(200);
  expect((await controller.put('/api/me/reminders', { enabled: false })).status).toBe(200);
  for (const row of await t.database.db.select({ id: plans.id, source: plans.source }).from(plans)) {
    if ((row.source as { fileName?: string } | null)?.fileName === 'kaluga-program-and-plan-2022.txt') kalugaPlanId = row.id;
  }
}, 120_000);
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('escalation e-mail', () => {
  it('plans one e-mail per addressee with an address and reminders on, in the run that stores the notices', async () => {
    const run = (await admin.post('/api/admin/escalations/run')).body;
    expect(run.created).toBeGreaterThan(0);
    expect(run.byLevel.executor).toBeGreaterThan(0);
    expect(run.byLevel.controller).toBeGreaterThan(0);
    const digests = await escalationDigests();
    const by = new Map(digests.map((d) => [d.email, d]));
    // The planner of the plan's commission (controller level) and the ТИК (its own overdue reports).
    expect(by.get('ikko@test.local')?.subject).toMatch(/^Planik: просрочены отчеты исполнителей — \d+$/);
    expect(by.get('tik@test.local')?.subject).toMatch(/^Planik: не представлено отчетов — \d+$/);
    expect(by.get('tik@test.local')!.body).toContain('Не представлены отчеты вашей комиссии');
    expect(by.get('ikko@test.local')!.body).toContain('Исполнители не представили отчеты по плану вашей комиссии');
    expect(by.get('ikko@test.local')!.body).toContain('https://planik.test/notices');
    // Switched off: nothing; no address (kuzbass-tik, observer …): nothing.
    expect(by.has('secretary@test.local')).toBe(false);
    expect(digests.every((d) => ['ikko@test.local', 'tik@test.local'].includes(d.email) || !d.email.endsWith('@test.local'))).toBe(true);
    // The e-mail counts exactly the notices addressed to that commission at its levels.
    const kalugaOrgNotices = (await kaluga.get('/api/me/notices')).body.notices.length;
    expect(by.get('ikko@test.local')!.itemCount).toBe(kalugaOrgNotices);
    // Every notice is in the journal once.
    expect(await count(auditEvents, eq(auditEvents.action, 'escalation.notice'))).toBe(await count(escalationNotices));
  });

  it('a re-run and a second instance plan nothing new; the reminder sender delivers each e-mail once', async () => {
    const before = (await escalationDigests()).length;
    const notices = await count(escalationNotices);
    const other = createEscalationService(t.database.db, t.app.services.access, { time: '08:00', timeZone: 'Europe/Moscow', mail: true, publicUrl: null });
    const [a, b] = await Promise.all([other.run({ user: null, ip: null }), admin.post('/api/admin/escalations/run')]);
    expect(a.created + b.body.created).toBe(0);
    expect((await escalationDigests()).length).toBe(before);
    expect(await count(escalationNotices)).toBe(notices);
    expect(await count(auditEvents, eq(auditEvents.action, 'escalation.notice'))).toBe(notices);

    expect((await admin.post('/api/admin/reminders/run')).status).toBe(200);
    const sent = sink.received.filter((m) => /просрочены отчеты исполнителей|не представлено отчетов/.test(m.subject));
    expect(sent.map((m) => m.to[0]).sort()).toEqual(['ikko@test.local', 'tik@test.local']);
    expect(sent.find((m) => m.to[0] === 'tik@test.local')!.text).toMatch(/срок \d\d\.\d\d\.\d{4}, просрочено на \d+ (день|дня|дней)/);
    expect((await escalationDigests()).every((d) => d.status === 'sent')).toBe(true);
    await admin.post('/api/admin/reminders/run');
    expect(sink.received.filter((m) => /просрочены отчеты исполнителей|не представлено отчетов/.test(m.subject))).toHaveLength(2);
  });
});

describe('escalation e-mail across instances', () => {
  it('two instances checking new overdue deadlines at once: each notice is stored, journaled and mailed once', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const year = today.slice(0, 4);
    const plan = (
      await kaluga.post('/api/plans', { kind: 'work_plan', title: 'План на текущий год', period: { start: `${year}-01-01`, end: `${year}-12-31` } })
    ).body;
    const due = shiftDays(today, -10);
    const item = await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Провести семинар', deadlineText: `до ${ru(due)}`, executors: [{ text: 'ТИК' }] });
    expect(item.status).toBe(201);
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
    const digestsBefore = new Set((await escalationDigests()).map((d) => d.id));
    const journalBefore = await count(auditEvents, eq(auditEvents.action, 'escalation.notice'));

    const instance = () =>
      createEscalationService(t.database.db, t.app.services.access, { time: '08:00', timeZone: 'Europe/Moscow', mail: true, publicUrl: null });
    const [a, b] = await Promise.all([instance().run({ user: null, ip: null }), instance().run({ user: null, ip: null })]);
    const fresh = await t.database.db.select().from(escalationNotices).where(eq(escalationNotices.planId, plan.id));
    // Every ТИК under the region: a reminder to it and a notice to the region (its parent is the controller).
    expect(fresh.length).toBeGreaterThanOrEqual(2);
    expect(a.created + b.created).toBe(fresh.length);
    expect(await count(auditEvents, eq(auditEvents.action, 'escalation.notice'))).toBe(journalBefore + fresh.length);
    const newDigests = (await escalationDigests()).filter((d) => !digestsBefore.has(d.id));
    const mailed = (email: string) => newDigests.filter((d) => d.email === email).reduce((n, d) => n + d.itemCount, 0);
    const tikOrg = (await tik.get('/api/auth/me')).body.user.organizationId as string;
    expect(mailed('tik@test.local')).toBe(fresh.filter((n) => n.level === 'executor' && n.recipientOrganizationId === tikOrg).length);
    expect(mailed('tik@test.local')).toBe(1);
    expect(mailed('ikko@test.local')).toBe(fresh.filter((n) => n.level === 'controller').length);
    expect(mailed('secretary@test.local')).toBe(0);
  });
});

describe('«Уведомления»', () => {
  it('lists the escalations addressed to the user’s commission, unread, with plan and item', async () => {
    const inbox = (await tik.get('/api/me/inbox')).body;
    const esc = (inbox.notices as InboxNotice[]).filter((n) => n.kind === 'escalation');
    expect(esc.length).toBeGreaterThan(0);
    expect(esc.every((n) => n.level === 'executor' && !n.read && n.planId && n.itemId && n.dueDate && n.daysOverdue! > 0)).toBe(true);
    expect(inbox.unread).toBe(inbox.notices.length);
    expect((await tik.get('/api/me/inbox/unread')).body).toEqual({ unread: inbox.unread });
    // The planner sees the controller-level ones, not the ТИК's reminders.
    const planner = (await kaluga.get('/api/me/inbox')).body.notices as InboxNotice[];
    expect(planner.length).toBeGreaterThan(0);
    expect(planner.every((n) => n.kind === 'escalation' && n.level !== 'executor')).toBe(true);
    // Another region's ТИК sees none of them.
    const ids = new Set(esc.map((n) => n.id));
    expect(((await kuzbassTik.get('/api/me/inbox')).body.notices as InboxNotice[]).some((n) => ids.has(n.id))).toBe(false);
  });

  it('marks a notice read for that user only; someone else’s id changes nothing; «all» reads the rest', async () => {
    const first = (await tik.get('/api/me/inbox')).body;
    const one = first.notices[0];
    const foreign = await kuzbassTik.post('/api/me/inbox/read', { notices: [{ kind: one.kind, id: one.id }] });
    expect(foreign.status).toBe(200);
    expect((await tik.get('/api/me/inbox/unread')).body.unread).toBe(first.unread);

    const r = await tik.post('/api/me/inbox/read', { notices: [{ kind: one.kind, id: one.id }] });
    expect(r.body).toEqual({ unread: first.unread - 1 });
    const after = (await tik.get('/api/me/inbox')).body;
    expect(after.notices.find((n: InboxNotice) => n.id === one.id).read).toBe(true);
    // Reading is personal: the planner's list is untouched.
    const plannerUnread = (await kaluga.get('/api/me/inbox/unread')).body.unread;
    expect(plannerUnread).toBeGreaterThan(0);

    const bad = await tik.post('/api/me/inbox/read', { notices: [{ kind: 'letter', id: one.id }] });
    expect(bad.status).toBe(400);
    expect((await tik.post('/api/me/inbox/read', { all: true })).body).toEqual({ unread: 0 });
    expect((await tik.get('/api/me/inbox')).body.notices.every((n: InboxNotice) => n.read)).toBe(true);
    expect((await kaluga.get('/api/me/inbox/unread')).body.unread).toBe(plannerUnread);
    expect((await tik.get('/api/me/inbox')).status).toBe(200);
  });

  it('tells the requester the decision on a deadline extension', async () => {
    const occ = ((await tik.get('/api/me/occurrences?state=overdue')).body.occurrences as Occurrence[]).find((o) => o.planId === kalugaPlanId)!;
    const asked = await tik.post(`/api/occurrences/${occ.id}/extensions`, {
      newDate: shiftDays(occ.dueDate ?? occ.windowEnd!, 60),
      reason: 'Ремонт помещения',
    });
    expect(asked.status).toBe(201);
    expect(((await tik.get('/api/me/inbox')).body.notices as InboxNotice[]).some((n) => n.kind === 'extension')).toBe(false);
    expect((await kaluga.post(`/api/extensions/${asked.body.id}/decision`, { decision: 'refuse', comment: 'Срок не переносится' })).status).toBe(200);
    const inbox = (await tik.get('/api/me/inbox')).body;
    const decision = (inbox.notices as InboxNotice[]).find((n) => n.kind === 'extension');
    expect(decision).toMatchObject({ id: asked.body.id, level: 'refused', note: 'Срок не переносится', read: false, planId: kalugaPlanId, itemId: occ.itemId });
    expect(inbox.unread).toBe(1);
    // The decision is the requester's, not the planner's.
    expect(((await kaluga.get('/api/me/inbox')).body.notices as InboxNotice[]).some((n) => n.kind === 'extension')).toBe(false);
  });

  it('tells the executor a deadline moved with its event', async () => {
    const voting = shiftDays(new Date().toISOString().slice(0, 10), 40);
    const year = Number(voting.slice(0, 4));
    const plan = (
      await kaluga.post('/api/plans', { kind: 'calendar', title: 'Календарный план выборов', period: { start: `${year - 1}-01-01`, end: `${year + 1}-12-31` } })
    ).body;
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      title: 'Образовать избирательные участки',
      deadlineText: 'не позднее чем за 10 дней до дня голосования',
      executors: [{ text: 'ТИК' }],
    });
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
    expect((await kaluga.put(`/api/plans/${plan.id}/events/voting_day`, { date: voting })).status).toBe(200);
    const change = ((await tik.get('/api/me/inbox')).body.notices as InboxNotice[]).find((n) => n.kind === 'date_change' && n.planId === plan.id)!;
    expect(change).toMatchObject({
      itemTitle: 'Образовать избирательные участки',
      before: [],
      after: [shiftDays(voting, -11)],
      note: 'день голосования',
      read: false,
    });
    expect(ru(change.after![0]!)).toMatch(/^\d\d\.\d\d\.\d{4}$/);
  });
});
