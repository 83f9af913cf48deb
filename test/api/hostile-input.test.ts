import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #12, defect 7: input that used to reach the database or a recursive
 * validator and come back as 500 is a 400 naming the field, and changes nothing.
 */
let t: TestApp;
let planner: Client;
let tik: Client;
let anonymous: Client;
let planId: string;
let occurrenceId: string;

beforeAll(async () => {
  t = await createTestApp();
  planner = client(t, await t.login('kaluga'));
  tik = client(t, await t.login('kaluga-tik'));
  anonymous = client(t, null);
  planId = (await planner.post('/api/plans', { kind: 'other', title: 'План для проверки ввода' })).body.id;
  occurrenceId = (await tik.get('/api/me/occurrences?state=all')).body.occurrences[0].id;
});
afterAll(() => t.close());

/** An item tree nested `depth` levels, written as text (JSON.stringify itself would overflow on it). */
const deep = (depth: number): string => {
  const open = '{"number":null,"title":"x","deadline":null,"executors":[],"fields":{},"children":[';
  return open.repeat(depth) + ']}'.repeat(depth);
};

/** The refusal every case expects (the shared error shape, with the field the validator names). */
type Refusal = { error: { code: string; message: string; details?: { field?: string } } };
type Case = [name: string, run: () => Promise<{ status: number; body: Refusal }>, field: string];

const cases: Case[] = [
  ['NUL in the login of an anonymous sign-in', () => anonymous.post('/api/auth/login', { login: 'kal\u0000uga', password: 'demo' }), 'login'],
  ['NUL in the password of an anonymous sign-in', () => anonymous.post('/api/auth/login', { login: 'kaluga', password: 'de\u0000mo' }), 'password'],
  ['NUL in the search query', () => planner.get('/api/search?q=%00'), 'q'],
  ['NUL in a path parameter', () => planner.get('/api/plans/%00'), 'id'],
  ['NUL in a plan title', () => planner.post('/api/plans', { kind: 'other', title: 'План\u0000' }), 'title'],
  [
    'NUL in a metric name',
    () => tik.post(`/api/occurrences/${occurrenceId}/reports`, { status: 'done', metrics: { 'уч\u0000астники': 5 } }),
    'metrics.уч�астники',
  ],
  ['lone surrogate in report text', () => tik.post(`/api/occurrences/${occurrenceId}/reports`, { status: 'done', text: 'Проведено \uD83D' }), 'text'],
  ['lone low surrogate in an item title', () => planner.post(`/api/plans/${planId}/items`, { title: '\uDC00 пункт' }), 'title'],
  ['impossible movedTo', () => tik.post(`/api/occurrences/${occurrenceId}/reports`, { status: 'moved', movedTo: '2026-02-30' }), 'movedTo'],
  ['impossible voting day', () => planner.post(`/api/plans/${planId}/elections`, { name: 'Выборы', votingDay: '2026-02-30' }), 'votingDay'],
  [
    '29 February of a common year in a period',
    () => planner.patch(`/api/plans/${planId}`, { period: { start: '2025-02-29', end: '2025-12-31' } }),
    'period.start',
  ],
  [
    'year zero in an approval date',
    () => planner.patch(`/api/plans/${planId}`, { approval: { authority: 'x', date: '0000-01-01', number: '1' } }),
    'approval.date',
  ],
  ['impossible date in the audit filter', () => planner.get('/api/audit?from=2026-04-31'), 'from'],
  ['impossible date of a report period', () => planner.get(`/api/plans/${planId}/execution-report?from=2026-13-01&to=2026-12-31&format=json`), 'from'],
  [
    'deeply nested import draft',
    () =>
      planner.patch(
        '/api/imports/00000000-0000-4000-8000-000000000000',
        `{"draft":{"title":"x","kind":"other","period":null,"approval":null,"abbreviations":[],"description":null,"warnings":[],"items":[${deep(20_000)}]}}`,
      ),
    'draft.items.0',
  ],
  ['a version past the integer range', () => planner.patch(`/api/plans/${planId}`, { version: 1e12, title: 'x' }), 'version'],
  ['a position past the integer range', () => planner.post(`/api/plans/${planId}/items`, { title: 'x', position: 3e9 }), 'position'],
  ['a version number past the integer range in the path', () => planner.get(`/api/plans/${planId}/versions/99999999999`), 'version'],
  ['a list offset past the integer range', () => planner.get('/api/plans?offset=1e20'), 'offset'],
];

describe('hostile input is a 400 naming the field', () => {
  it.each(cases)('%s', async (_name, run, field) => {
    const r = await run();
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    expect(r.body.error.message).toContain(`«${field.split('.')[0]}`);
    // The user reads the message: Russian, never zod's English default.
    expect(r.body.error.message).not.toMatch(/\b(expected|invalid|too (small|big)|received)\b/i);
    expect(r.body.error.details?.field ?? '').toMatch(new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('changes nothing', async () => {
    const plan = (await planner.get(`/api/plans/${planId}`)).body;
    expect(plan.title).toBe('План для проверки ввода');
    expect(plan.period).toBeNull();
    expect(plan.items).toEqual([]);
    const occurrence = (await tik.get(`/api/occurrences/${occurrenceId}`)).body;
    expect(occurrence.reports).toEqual([]);
  });

  it('a real leap day and a surrogate pair are accepted', async () => {
    expect((await planner.patch(`/api/plans/${planId}`, { period: { start: '2024-02-29', end: '2024-12-31' } })).status).toBe(200);
    expect((await planner.post(`/api/plans/${planId}/items`, { title: 'Пункт 📅' })).status).toBe(201);
  });
});
