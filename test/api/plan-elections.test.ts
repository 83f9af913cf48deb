import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../support/http.js';
import { shiftDays } from '../support/dates.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Editing and removing a plan's elections: moving the voting day re-dates the dependent items (audited, executors
 * told); removing the election leaves them «ожидает даты»; impossible dates are refused in Russian and change
 * nothing; another region's planner never sees the election, an executor may not change it.
 */
let dataDir: string;
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;
let kuzbass: Client;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'planik-elections-'));
  t = await createTestApp({ DATA_DIR: dataDir });
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
  kuzbass = client(t, await t.login('kuzbass'));
});

afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function planWithElection(title: string, votingDay: string) {
  const year = Number(votingDay.slice(0, 4));
  const plan = (await kaluga.post('/api/plans', { kind: 'calendar', title, period: { start: `${year - 1}-01-01`, end: `${year + 1}-12-31` } })).body;
  const item = (
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      title: 'Образовать избирательные участки',
      deadlineText: 'не позднее чем за 45 дней до дня голосования',
      executors: [{ text: 'ТИК' }],
    })
  ).body;
  expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
  const attached = await kaluga.post(`/api/plans/${plan.id}/elections`, { name: 'Выборы депутатов', votingDay });
  expect(attached.status).toBe(201);
  return { plan, item, election: attached.body.election };
}

describe('elections of a plan', () => {
  it('moves the voting day, re-dating the items and telling the executors, and lists what depends on it', async () => {
    const voting = shiftDays(new Date().toISOString().slice(0, 10), 90);
    const { plan, item, election } = await planWithElection('План с выборами', voting);
    const listed = (await kaluga.get(`/api/plans/${plan.id}/elections`)).body;
    expect(listed.elections).toEqual([{ id: election.id, name: 'Выборы депутатов', votingDay: voting, votingDays: 1, calledOn: null }]);
    expect(listed.dependents).toEqual([{ id: item.id, number: expect.anything(), title: 'Образовать избирательные участки' }]);

    const moved = shiftDays(voting, 7);
    const r = await kaluga.patch(`/api/plans/${plan.id}/elections/${election.id}`, { votingDay: moved });
    expect(r.status).toBe(200);
    expect(r.body.election).toMatchObject({ votingDay: moved, name: 'Выборы депутатов' });
    expect(r.body.notified).toBeGreaterThan(0);
    const mine = (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences;
    expect(mine[0].windowEnd).toBe(shiftDays(moved, -46));
    expect(mine[0].dateChange).toMatchObject({ before: [shiftDays(voting, -46)], after: [shiftDays(moved, -46)], cause: 'Выборы депутатов' });
    const journal = (await admin.get(`/api/audit?planId=${plan.id}&action=plan.election.update`)).body.events;
    expect(journal).toHaveLength(1);
    expect(journal[0].before.votingDay).toBe(voting);
    expect(journal[0].after.election.votingDay).toBe(moved);
  });

  it('refuses impossible dates in Russian and changes nothing', async () => {
    const voting = shiftDays(new Date().toISOString().slice(0, 10), 90);
    const { plan, election } = await planWithElection('План с проверкой дат', voting);
    const cases: [unknown, RegExp][] = [
      [{ votingDay: '2026-02-30' }, /Такой даты нет в календаре/],
      [{ votingDay: '2026-13-01' }, /Такой даты нет в календаре/],
      [{ votingDay: '20.09.2026' }, /ГГГГ-ММ-ДД/],
      [{ calledOn: shiftDays(voting, 1) }, /Дата назначения выборов позже дня голосования/],
      [{ name: '' }, /Укажите название выборов/],
      [{ votingDays: 4 }, /не более трех дней подряд/],
      [{ votingDays: 0 }, /Дней голосования не меньше одного/],
      [{ votingDays: 2.5 }, /целое число/],
      // Called on the day before the named voting day: too late once voting starts two days earlier.
      [{ votingDays: 3, calledOn: shiftDays(voting, -1) }, /Дата назначения выборов позже первого дня голосования/],
    ];
    for (const [body, message] of cases) {
      const r = await kaluga.patch(`/api/plans/${plan.id}/elections/${election.id}`, body);
      expect([JSON.stringify(body), r.status]).toEqual([JSON.stringify(body), 400]);
      expect(JSON.stringify(r.body)).toMatch(message);
    }
    expect((await kaluga.get(`/api/plans/${plan.id}/elections`)).body.elections).toEqual([
      { id: election.id, name: 'Выборы депутатов', votingDay: voting, votingDays: 1, calledOn: null },
    ]);
    expect((await admin.get(`/api/audit?planId=${plan.id}&action=plan.election.update`)).body.events).toEqual([]);
  });

  it('holds voting over several days: «первого дня голосования» counts from the first, the change is audited', async () => {
    const voting = shiftDays(new Date().toISOString().slice(0, 10), 90);
    const plan = (await kaluga.post('/api/plans', { kind: 'calendar', title: 'План трехдневных выборов', period: { start: '2020-01-01', end: '2035-12-31' } }))
      .body;
    const texts = ['не позднее чем за 10 дней до первого дня голосования', 'в дни голосования'];
    for (const deadlineText of texts) {
      expect((await kaluga.post(`/api/plans/${plan.id}/items`, { title: deadlineText, deadlineText, executors: [{ text: 'ТИК' }] })).status).toBe(201);
    }
    expect((await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' })).status).toBe(200);
    const attached = await kaluga.post(`/api/plans/${plan.id}/elections`, { name: 'Единый день голосования', votingDay: voting, votingDays: 3 });
    expect(attached.status).toBe(201);
    expect(attached.body.elections).toEqual([
      { id: attached.body.election.id, name: 'Единый день голосования', votingDay: voting, votingDays: 3, calledOn: null },
    ]);
    const windows = async () => {
      const list = (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences as {
        itemTitle: string;
        windowStart: string;
        windowEnd: string;
      }[];
      return Object.fromEntries(list.map((o) => [o.itemTitle, [o.windowStart, o.windowEnd]]));
    };
    expect((await windows())['в дни голосования']).toEqual([shiftDays(voting, -2), voting]);
    expect((await windows())['не позднее чем за 10 дней до первого дня голосования']?.[1]).toBe(shiftDays(voting, -13));

    const r = await kaluga.patch(`/api/plans/${plan.id}/elections/${attached.body.election.id}`, { votingDays: 1 });
    expect(r.status).toBe(200);
    expect(r.body.election).toMatchObject({ votingDay: voting, votingDays: 1 });
    expect((await windows())['в дни голосования']).toEqual([voting, voting]);
    expect((await windows())['не позднее чем за 10 дней до первого дня голосования']?.[1]).toBe(shiftDays(voting, -11));
    const journal = (await admin.get(`/api/audit?planId=${plan.id}&action=plan.election.update`)).body.events;
    expect(
      journal.map((e: { before: { votingDays: number }; after: { election: { votingDays: number } } }) => [e.before.votingDays, e.after.election.votingDays]),
    ).toEqual([[3, 1]]);
    expect((await kaluga.post(`/api/plans/${plan.id}/elections`, { name: 'Четыре дня', votingDay: voting, votingDays: 4 })).status).toBe(400);
  });

  it('removes an election: its items wait for a date', async () => {
    const voting = shiftDays(new Date().toISOString().slice(0, 10), 90);
    const { plan, item, election } = await planWithElection('План без выборов', voting);
    const r = await kaluga.del(`/api/plans/${plan.id}/elections/${election.id}`);
    expect(r.status).toBe(200);
    expect(r.body.elections).toEqual([]);
    const mine = (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences;
    expect(mine.map((o: { windowEnd: string | null }) => o.windowEnd)).toEqual(mine.map(() => null));
    expect(mine[0].dateChange).toMatchObject({ before: [shiftDays(voting, -46)], after: [] });
    const planView = (await kaluga.get(`/api/plans/${plan.id}`)).body;
    const stored = JSON.stringify(planView.items?.find((i: { id: string }) => i.id === item.id) ?? planView);
    expect(stored).toContain('voting_day');
    expect((await kaluga.del(`/api/plans/${plan.id}/elections/${election.id}`)).status).toBe(404);
    expect((await admin.get(`/api/audit?planId=${plan.id}&action=plan.election.delete`)).body.events).toHaveLength(1);
  });

  it('never lets another region or an executor change an election', async () => {
    const voting = shiftDays(new Date().toISOString().slice(0, 10), 90);
    const { plan, election } = await planWithElection('План для проверки прав', voting);
    const other = await planWithElection('Другой план', voting);
    const url = `/api/plans/${plan.id}/elections/${election.id}`;
    expect((await kuzbass.get(`/api/plans/${plan.id}/elections`)).status).toBe(404);
    expect((await kuzbass.patch(url, { votingDay: shiftDays(voting, 1) })).status).toBe(404);
    expect((await kuzbass.del(url)).status).toBe(404);
    expect((await tik.patch(url, { votingDay: shiftDays(voting, 1) })).status).toBe(403);
    expect((await tik.del(url)).status).toBe(403);
    // An election of another plan is not found through this plan.
    expect((await kaluga.patch(`/api/plans/${plan.id}/elections/${other.election.id}`, { votingDay: shiftDays(voting, 1) })).status).toBe(404);
    expect((await kaluga.patch(`/api/plans/${plan.id}/elections/not-a-uuid`, { votingDay: shiftDays(voting, 1) })).status).toBe(400);
    expect((await kaluga.get(`/api/plans/${plan.id}/elections`)).body.elections[0].votingDay).toBe(voting);
  });
});
