import { eq } from 'drizzle-orm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderDigests, users } from '../../src/server/db/schema/index.js';
import { createReminderService } from '../../src/server/services/reminder.service.js';
import { client, type Client } from '../support/http.js';
import { shiftDays } from '../support/dates.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { AuditEvent, Occurrence, User } from '../support/api-types.js';

/**
 * Moving the voting day (or any event) re-dates the dependent items in one audited change and tells the
 * executors whose dates moved: in «Мои мероприятия» and once in the next reminder e-mail.
 */
let dataDir: string;
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;

const ru = (iso: string) => iso.split('-').reverse().join('.');

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'planik-notices-'));
  t = await createTestApp({ DATA_DIR: dataDir });
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
  const list: User[] = (await admin.get('/api/users')).body.users;
  const u = list.find((x) => x.login === 'kaluga-tik')!;
  expect((await admin.patch(`/api/users/${u.id}`, { email: 'tik@test.local' })).status).toBe(200);
});

afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('date-change notices', () => {
  it('tells the executor in «Мои мероприятия» and once in the next reminder e-mail', async () => {
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
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      title: 'Провести совещание',
      deadlineText: `до ${ru(shiftDays(voting, -20))}`,
      executors: [{ text: 'ТИК' }],
    });
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
    const mine = async () => (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences as Occurrence[];
    expect((await mine()).every((o) => o.dateChange === null)).toBe(true);

    expect((await kaluga.put(`/api/plans/${plan.id}/events/voting_day`, { date: voting })).status).toBe(200);
    let dated = (await mine()).find((o) => o.itemTitle === 'Образовать избирательные участки')!;
    expect(dated.dateChange).toMatchObject({ before: [], after: [shiftDays(voting, -11)], cause: 'день голосования' });

    const moved = shiftDays(voting, 7);
    expect((await kaluga.put(`/api/plans/${plan.id}/events/voting_day`, { date: moved })).status).toBe(200);
    const list = await mine();
    dated = list.find((o) => o.itemTitle === 'Образовать избирательные участки')!;
    expect(dated.windowEnd).toBe(shiftDays(moved, -11));
    expect(dated.dateChange).toMatchObject({ before: [shiftDays(voting, -11)], after: [shiftDays(moved, -11)] });
    // An item with a fixed date did not move and carries no notice.
    expect(list.find((o) => o.itemTitle === 'Провести совещание')!.dateChange).toBeNull();

    const journal = (await admin.get(`/api/audit?planId=${plan.id}&action=plan.event.set`)).body.events;
    // «ТИК» fans out to every territorial commission of the region: each is told.
    const notified = journal.map((e: AuditEvent) => (e.after as { notified?: number } | null)?.notified);
    expect(notified).toHaveLength(2);
    expect(notified[0]).toBeGreaterThan(0);
    expect(notified[1]).toBe(notified[0]);

    const reminders = createReminderService(t.database.db, { mailer: null, days: 7, time: '08:00', timeZone: 'Europe/Moscow', publicUrl: null });
    const first = await reminders.planDigests('2099-01-01');
    expect(first.notices).toBeGreaterThanOrEqual(2);
    const tikUser = (await t.database.db.select().from(users).where(eq(users.login, 'kaluga-tik')))[0]!;
    const digest = (await t.database.db.select().from(reminderDigests).where(eq(reminderDigests.userId, tikUser.id)))[0]!;
    expect(digest.body).toContain(`срок изменён: было ${ru(shiftDays(voting, -11))}, стало ${ru(shiftDays(moved, -11))}`);
    expect(digest.body).toContain('Образовать избирательные участки');
    // Told once: the next run has nothing new to tell.
    expect((await reminders.planDigests('2099-01-02')).notices).toBe(0);
  });

  it('tells nothing when the event is set to the date it already has', async () => {
    const plan = (await kaluga.post('/api/plans', { kind: 'calendar', title: 'План без переноса', period: { start: '2026-01-01', end: '2027-12-31' } })).body;
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      title: 'Опубликовать сведения',
      deadlineText: 'в течение 10 дней со дня официального опубликования решения о назначении выборов',
      executors: [{ text: 'ТИК' }],
    });
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
    await kaluga.put(`/api/plans/${plan.id}/events/official_publication`, { date: '2027-06-12' });
    const again = await kaluga.put(`/api/plans/${plan.id}/events/official_publication`, { date: '2027-06-12' });
    expect(again.status).toBe(200);
    const journal = (await admin.get(`/api/audit?planId=${plan.id}&action=plan.event.set`)).body.events;
    const notified = journal.map((e: AuditEvent) => (e.after as { notified?: number } | null)?.notified as number).sort((a: number, b: number) => a - b);
    expect(notified[0]).toBe(0);
    expect(notified[1]).toBeGreaterThan(0);
  });
});
