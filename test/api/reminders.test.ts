import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderDigests } from '../../src/server/db/schema/index.js';
import { smtpMailer } from '../../src/server/mail/mailer.js';
import { createReminderService, REMINDER_JOB } from '../../src/server/services/reminder.service.js';
import { client, type Client } from '../support/http.js';
import { closedPort, startSmtpSink } from '../support/smtp-sink.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { Occurrence, User } from '../support/api-types.js';

/**
 * Reminder digests through a real local SMTP server: the right items for each
 * executor, a digest for the owner of what awaits review, once — across a second
 * instance and a re-run — and SMTP outages retried and shown to the administrator.
 */
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let planId: string;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const ru = (isoDate: string) => isoDate.split('-').reverse().join('.');
const inDays = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

async function makeJobDue() {
  await t.database.db.execute(sql`update scheduled_jobs set next_run_at = now() - interval '1 minute' where name = ${REMINDER_JOB}`);
}

async function digestRows() {
  return t.database.db.select().from(reminderDigests);
}

async function setEmail(login: string, email: string) {
  const users: User[] = (await admin.get('/api/users')).body.users;
  const u = users.find((x) => x.login === login)!;
  const r = await admin.patch(`/api/users/${u.id}`, { email });
  expect(r.status).toBe(200);
}

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Planik <planik@test.local>', REMINDER_DAYS: '7', PUBLIC_URL: 'https://planik.test' });
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
  await setEmail('kaluga-tik', 'tik-babynino@test.local');
  await setEmail('kaluga', 'ikko@test.local');
  await setEmail('kuzbass-tik', 'tik-kemerovo@test.local');
  await setEmail('observer', 'observer@test.local');

  // A current plan of the Kaluga commission: one item due within the week, one next month, one overdue.
  const year = inDays(0).slice(0, 4);
  const plan = await kaluga.post('/api/plans', {
    kind: 'work_plan',
    title: 'План контроля ТИК на текущий год',
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
  });
  planId = plan.body.id;
  const add = (title: string, deadlineText: string) => kaluga.post(`/api/plans/${planId}/items`, { title, deadlineText, executors: [{ text: 'ТИК' }] });
  await add('Сверка списков членов УИК', `до ${ru(inDays(3))}`);
  await add('Отчет о работе учебного кабинета', `до ${ru(inDays(40))}`);
  await add('Представить сведения о кадровом резерве', `до ${ru(inDays(-5))}`);
  // Approved with its items: items added to an approved plan wait for the amendment's act (issue #16).
  expect((await admin.patch(`/api/plans/${planId}`, { status: 'approved' })).status).toBe(200);
  // A report awaiting review (for the planner's digest).
  const mine = (await tik.get(`/api/me/occurrences?state=all&planId=${planId}`)).body.occurrences;
  const overdue = mine.find((o: Occurrence) => o.state === 'overdue');
  const reported = await tik.post(`/api/occurrences/${overdue.id}/reports`, { status: 'done', text: 'Сведения представлены' });
  expect(reported.status).toBe(201);
  // The overdue one is now reported; add another overdue one that is not.
  await add('Провести обучение членов УИК резерва', `до ${ru(inDays(-2))}`);
  const amended = await admin.post(`/api/plans/${planId}/amendments/current/approve`, {
    act: { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: inDays(0), number: '1/1' },
  });
  expect(amended.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('reminder digests', () => {
  it('nothing is sent before the scheduled time', async () => {
    const r = await t.app.services.reminders.tick();
    expect(r.ran).toBe(false);
    expect(sink.received).toHaveLength(0);
  });

  it('the run sends each executor its due-soon and overdue items and the planner what awaits review', async () => {
    await makeJobDue();
    const r = await t.app.services.reminders.tick();
    expect(r.ran).toBe(true);
    const byRcpt = new Map(sink.received.map((m) => [m.to[0], m]));
    expect([...byRcpt.keys()].sort()).toEqual(['ikko@test.local', 'tik-babynino@test.local', 'tik-kemerovo@test.local']);

    const tikMail = byRcpt.get('tik-babynino@test.local')!;
    expect(tikMail.from).toBe('planik@test.local');
    expect(tikMail.text).toContain('Сверка списков членов УИК');
    expect(tikMail.text).toContain(`срок ${ru(inDays(3))}`);
    expect(tikMail.text).toContain('Провести обучение членов УИК резерва');
    expect(tikMail.text).not.toContain('Отчет о работе учебного кабинета'); // due in 40 days
    expect(tikMail.text).not.toContain('Представить сведения о кадровом резерве'); // reported
    expect(tikMail.text).toContain('2.1.4'); // the 2022 seed plan's testing item is still overdue
    expect(tikMail.text).toContain('https://planik.test/my');
    expect(tikMail.text.indexOf('Просрочено')).toBeLessThan(tikMail.text.indexOf('Срок наступает'));
    expect(tikMail.subject).toMatch(/^Planik: просрочено мероприятий — \d+, скоро срок — 1$/);
    expect(tikMail.messageId).toMatch(/^<digest-[0-9a-f-]+@planik>$/);

    const kemerovo = byRcpt.get('tik-kemerovo@test.local')!;
    expect(kemerovo.text).not.toContain('План контроля ТИК на текущий год');
    expect(kemerovo.text).not.toContain('Калужской');

    const planner = byRcpt.get('ikko@test.local')!;
    expect(planner.subject).toBe('Planik: отчетов на проверке — 1');
    expect(planner.text).toContain('Представить сведения о кадровом резерве — ТИК Бабынинского района: исполнено');
  });

  it('exactly once: a second instance, a re-run of the same day and a restart send nothing new', async () => {
    const before = sink.received.length;
    // Another instance with its own mailer over the same database.
    const other = createReminderService(t.database.db, {
      mailer: smtpMailer(sink.url, 'Planik <planik@test.local>'),
      days: 7,
      time: '08:00',
      timeZone: 'Europe/Moscow',
      publicUrl: null,
    });
    await makeJobDue();
    const [a, b] = await Promise.all([t.app.services.reminders.tick(), other.tick()]);
    expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1);
    await other.tick();
    await t.app.services.reminders.tick();
    expect(sink.received.length).toBe(before);
    const rows = await digestRows();
    expect(rows.every((d) => d.status === 'sent')).toBe(true);
    expect(new Set(rows.map((d) => `${d.userId}|${d.kind}|${d.runKey}`)).size).toBe(rows.length);
  });

  it('an opted-out user gets no digest', async () => {
    await tik.raw('PUT', '/api/me/reminders', { enabled: false });
    const planned = await t.app.services.reminders.planDigests('2099-01-01');
    await t.app.services.reminders.sendPending();
    const to = sink.received.slice(-planned.planned).map((m) => m.to[0]);
    expect(to).not.toContain('tik-babynino@test.local');
    expect(to).toContain('tik-kemerovo@test.local');
    await tik.raw('PUT', '/api/me/reminders', { enabled: true });
  });
});

describe('SMTP down', () => {
  it('the digest fails, is retried later, the administrator sees why; nothing else breaks', async () => {
    const port = await closedPort();
    const down = createReminderService(t.database.db, {
      mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'planik@test.local'),
      days: 7,
      time: '08:00',
      timeZone: 'Europe/Moscow',
      publicUrl: null,
    });
    const planned = await down.planDigests('2099-02-01');
    expect(planned.planned).toBeGreaterThan(0);
    const result = await down.sendPending();
    expect(result).toEqual({ sent: 0, failed: 1 });
    // The API keeps working while mail is down.
    expect((await tik.get('/api/me/occurrences?state=due')).status).toBe(200);

    const status = await admin.get('/api/admin/reminders');
    expect(status.status).toBe(200);
    expect(status.body.counts.failed).toBe(1);
    expect(status.body.failures[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(status.body.failures[0].lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(Date.parse(status.body.failures[0].nextAttemptAt)).toBeGreaterThan(Date.now());

    // Not retried before its time; retried once the server is back and the time has come.
    const before = sink.received.length;
    expect(await t.app.services.reminders.sendPending()).toEqual({ sent: planned.planned - 1, failed: 0 });
    await t.database.db.execute(sql`update reminder_digests set next_attempt_at = now() where status = 'failed'`);
    const retried = await t.app.services.reminders.sendPending();
    expect(retried).toEqual({ sent: 1, failed: 0 });
    expect(sink.received.length).toBe(before + planned.planned);
    expect((await admin.get('/api/admin/reminders')).body.counts.failed ?? 0).toBe(0);
  });

  it('the administrator can run the reminders now; others may not', async () => {
    expect((await kaluga.post('/api/admin/reminders/run')).status).toBe(403);
    const r = await admin.post('/api/admin/reminders/run');
    expect(r.status).toBe(200);
    expect(r.body.planned).toBe(0); // today's run already planned every digest
  });
});
