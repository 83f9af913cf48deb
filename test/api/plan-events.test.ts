import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../support/http.js';
import { shiftDays } from '../support/dates.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { AuditEvent, Occurrence } from '../support/api-types.js';

/**
 * Named plan events: items counted from an undated event wait for it, listed together; dating or moving the
 * event re-dates them and their occurrences in one audited change.
 */
let dataDir: string;
let t: TestApp;
let admin: Client;
let kaluga: Client;
let tik: Client;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'planik-events-'));
  t = await createTestApp({ DATA_DIR: dataDir });
  admin = client(t, await t.login('admin'));
  kaluga = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
});

afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('plan events', () => {
  it('lists waiting items, dates them when the event is dated and re-dates them when it moves', async () => {
    const publication = shiftDays(new Date().toISOString().slice(0, 10), 60);
    const year = publication.slice(0, 4);
    const plan = (
      await kaluga.post('/api/plans', {
        kind: 'calendar',
        title: 'Календарный план выборов',
        period: { start: `${year}-01-01`, end: `${Number(year) + 1}-12-31` },
      })
    ).body;
    const phrase = 'в течение 10 дней со дня официального опубликования решения о назначении выборов';
    const item = (await kaluga.post(`/api/plans/${plan.id}/items`, { title: 'Опубликовать сведения', deadlineText: phrase, executors: [{ text: 'ТИК' }] }))
      .body;
    await admin.patch(`/api/plans/${plan.id}`, { status: 'approved' });

    const waiting = (await kaluga.get(`/api/plans/${plan.id}/events`)).body;
    expect(waiting.events).toEqual([]);
    expect(waiting.waiting).toMatchObject([
      { event: 'official_publication', label: 'официальное опубликование решения о назначении выборов', items: [{ id: item.id }] },
    ]);

    expect((await tik.put(`/api/plans/${plan.id}/events/official_publication`, { date: publication })).status).toBe(403);
    const bad = await kaluga.put(`/api/plans/${plan.id}/events/official_publication`, { date: `${year}-02-30` });
    expect(bad.status).toBe(400);
    expect((await kaluga.get(`/api/plans/${plan.id}/events`)).body.events).toEqual([]);

    const dated = await kaluga.put(`/api/plans/${plan.id}/events/official_publication`, { date: publication });
    expect(dated.status).toBe(200);
    expect(dated.body.waiting).toEqual([]);
    expect(dated.body.events).toEqual([{ key: 'official_publication', label: 'официальное опубликование решения о назначении выборов', date: publication }]);
    let mine = (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences;
    expect(mine.map((o: Occurrence) => [o.windowStart, o.windowEnd])).toEqual([[publication, shiftDays(publication, 9)]]);

    const moved = shiftDays(publication, 7);
    expect((await kaluga.put(`/api/plans/${plan.id}/events/official_publication`, { date: moved })).status).toBe(200);
    mine = (await tik.get(`/api/me/occurrences?state=all&planId=${plan.id}`)).body.occurrences;
    expect(mine.map((o: Occurrence) => [o.windowStart, o.windowEnd])).toEqual([[moved, shiftDays(moved, 9)]]);

    const journal = (await admin.get(`/api/audit?planId=${plan.id}&action=plan.event.set`)).body.events;
    expect(journal.map((e: AuditEvent) => (e.after as { event?: { date?: string } } | null)?.event?.date)).toEqual(
      expect.arrayContaining([publication, moved]),
    );
    expect(journal).toHaveLength(2);
  });

  it('keeps a custom event under its own words and undates it', async () => {
    const plan = (await kaluga.post('/api/plans', { kind: 'calendar', title: 'План с событием', period: { start: '2026-01-01', end: '2026-12-31' } })).body;
    await kaluga.post(`/api/plans/${plan.id}/items`, {
      title: 'Проверить документы',
      deadlineText: 'в пятидневный срок со дня получения документов',
      executors: [{ text: 'ТИК' }],
    });
    const key = encodeURIComponent('получения документов');
    const set = await kaluga.put(`/api/plans/${plan.id}/events/${key}`, { label: 'Получение документов', date: '2026-07-01' });
    expect(set.status).toBe(200);
    expect(set.body.waiting).toEqual([]);
    const undated = await kaluga.put(`/api/plans/${plan.id}/events/${key}`, { date: null });
    expect(undated.body.waiting).toMatchObject([{ event: 'получения документов', label: 'Получение документов' }]);
    expect((await kaluga.del(`/api/plans/${plan.id}/events/${key}`)).status).toBe(200);
    expect((await kaluga.del(`/api/plans/${plan.id}/events/${key}`)).status).toBe(404);
  });
});
