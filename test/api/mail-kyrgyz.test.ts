import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_JOB } from '../../src/server/services/reminder.service.js';
import { client, type Client } from '../support/http.js';
import { startSmtpSink, type ReceivedMail } from '../support/smtp-sink.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * E-mails in the addressee's language (issue #20 leftovers), through a real local
 * SMTP server: the Kyrgyz demo users (kg-tik chose Kyrgyz, kg-cec inherits it from
 * the CEC of Kyrgyzstan) get Kyrgyz reminders, review digests and escalation notices;
 * a Russian commission still gets Russian.
 */
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
let admin: Client;
let kgCec: Client;
let kgTik: Client;
let planId: string;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const ru = (isoDate: string) => isoDate.split('-').reverse().join('.');
const inDays = (n: number) => iso(new Date(Date.now() + n * 86_400_000));
const lastTo = (email: string, since = 0): ReceivedMail[] => sink.received.slice(since).filter((m) => m.to[0] === email);

async function setEmail(login: string, email: string) {
  const users = (await admin.get('/api/users')).body.users as { login: string; id: string }[];
  const r = await admin.patch(`/api/users/${users.find((x) => x.login === login)!.id}`, { email });
  expect(r.status).toBe(200);
}

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Planik <planik@test.local>', REMINDER_DAYS: '7', PUBLIC_URL: 'https://planik.test' });
  admin = client(t, await t.login('admin'));
  kgCec = client(t, await t.login('kg-cec'));
  kgTik = client(t, await t.login('kg-tik'));
  await setEmail('kg-tik', 'ashk@test.local');
  await setEmail('kg-cec', 'bshk@test.local');
  await setEmail('kaluga-tik', 'tik-babynino@test.local');

  // A current CEC plan whose «ТИК» items fan out to its territorial commission: one due this week, one overdue.
  const year = inDays(0).slice(0, 4);
  const plan = await kgCec.post('/api/plans', {
    kind: 'work_plan',
    title: 'БШКнын учурдагы иш планы',
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
  });
  expect(plan.status).toBe(201);
  planId = plan.body.id;
  const add = (title: string, deadlineText: string) => kgCec.post(`/api/plans/${planId}/items`, { title, deadlineText, executors: [{ text: 'ТИК' }] });
  expect((await add('Шайлоочулардын тизмесин тактоо', `до ${ru(inDays(3))}`)).status).toBe(201);
  expect((await add('Окуу семинарын өткөрүү', `до ${ru(inDays(-2))}`)).status).toBe(201);
  expect((await admin.patch(`/api/plans/${planId}`, { status: 'approved' })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('e-mails in the addressee language', () => {
  it('the daily reminder reaches the Kyrgyz territorial commission in Kyrgyz and a Russian one in Russian', async () => {
    await t.app.services.reminders.tick(); // creates the job for its scheduled time
    await t.database.db.execute(sql`update scheduled_jobs set next_run_at = now() - interval '1 minute' where name = ${REMINDER_JOB}`);
    const r = await t.app.services.reminders.tick();
    expect(r.ran).toBe(true);

    const [ky] = lastTo('ashk@test.local');
    expect(ky).toBeDefined();
    expect(ky!.subject).toMatch(/^Planik: мөөнөтү өткөн иш-чаралар — \d+, мөөнөтү жакындады — \d+$/);
    expect(ky!.text).toContain('Саламатсызбы, Биринчи Май АШКнын мүчөсү!');
    expect(ky!.text).toContain(`Шайлоочулардын тизмесин тактоо — мөөнөтү ${ru(inDays(3))}`);
    expect(ky!.text).toMatch(/Мөөнөтү өткөн \(\d+\):/);
    expect(ky!.text).toContain('Аткаруу жөнүндө отчет берүү: https://planik.test/my');
    expect(ky!.text).toContain('«Менин иш-чараларым»');
    expect(ky!.text).not.toMatch(/Здравствуйте|Просрочено|Срок наступает|Письмо отправлено/);

    const [russian] = lastTo('tik-babynino@test.local');
    expect(russian).toBeDefined();
    expect(russian!.text).toContain('Здравствуйте,');
    expect(russian!.text).not.toContain('Саламатсызбы');
    expect(russian!.text).not.toContain('Шайлоочулардын тизмесин тактоо'); // another commission's plan
  });

  it('the CEC planner, Kyrgyz by the organisation default, gets the review digest in Kyrgyz with Kyrgyz statuses', async () => {
    const mine = (await kgTik.get(`/api/me/occurrences?state=all&planId=${planId}`)).body.occurrences as { id: string; state: string }[];
    const overdue = mine.find((o) => o.state === 'overdue');
    expect(overdue).toBeDefined();
    expect((await kgTik.post(`/api/occurrences/${overdue!.id}/reports`, { status: 'partial', text: 'Семинар өткөрүлдү' })).status).toBe(201);
    const before = sink.received.length;
    await t.app.services.reminders.planDigests('2099-01-01');
    await t.app.services.reminders.sendPending();
    const review = lastTo('bshk@test.local', before).find((m) => m.subject.startsWith('Planik: текшерүүдөгү отчеттор'));
    expect(
      review,
      sink.received
        .slice(before)
        .map((m) => `${m.to[0]}: ${m.subject}`)
        .join('\n'),
    ).toBeDefined();
    expect(review!.text).toContain('Текшерүүнү күтүп жаткан отчеттор:');
    expect(review!.text).toContain('Окуу семинарын өткөрүү');
    expect(review!.text).toContain('жарым-жартылай аткарылды');
    expect(review!.text).not.toContain('исполнено частично');
  });

  it('a Kyrgyz planner who chose Russian gets Russian; escalation notices follow each addressee', async () => {
    expect((await kgCec.patch('/api/auth/profile', { locale: 'ru' })).status).toBe(200);
    const before = sink.received.length;
    const run = await admin.post('/api/admin/escalations/run');
    expect(run.status).toBe(200);
    await t.app.services.reminders.sendPending();
    const mails = sink.received.slice(before);
    const executorNotice = mails.find((m) => m.to[0] === 'ashk@test.local');
    expect(executorNotice, mails.map((m) => `${m.to[0]}: ${m.subject}`).join('\n')).toBeDefined();
    expect(executorNotice!.subject).toMatch(/^Planik: (берилбеген отчеттор|аткаруучулардын отчеттору кечиктирилди) — \d+$/);
    expect(executorNotice!.text).toContain('Комиссияңыздын отчеттору берилген жок');
    expect(executorNotice!.text).toMatch(/күнгө кечиктирилди/);
    const plannerNotice = mails.find((m) => m.to[0] === 'bshk@test.local');
    expect(plannerNotice?.subject).toMatch(/^Planik: просрочены отчеты исполнителей — \d+$/);
    expect(plannerNotice!.text).toContain('Исполнители не представили отчеты по плану вашей комиссии');
    expect(plannerNotice!.text).not.toContain('Саламатсызбы');
    expect((await kgCec.patch('/api/auth/profile', { locale: null })).status).toBe(200);
  });
});
