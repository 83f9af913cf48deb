import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ItemNode, Occurrence, Organization, Person, PlanSummary, Progress, Unit, User } from '../support/api-types.js';

/**
 * The permission matrix, written out from the intent of the roles (issue #6), not
 * generated from the policy table. Resources, in this order:
 *   K  — the Kaluga regional commission's plan (demo)
 *   T  — a plan of ТИК Бабынинского района, under Kaluga
 *   Z  — an unpublished Kuzbass plan (demo)
 *   ZP — a published Kuzbass plan (demo)
 * Codes: 2 = allowed (2xx), 3 = forbidden (403), 4 = not visible (404).
 */
const resources = ['K', 'T', 'Z', 'ZP'] as const;
type ResourceKey = (typeof resources)[number];

const actors = ['admin', 'kaluga', 'kaluga-controller', 'kaluga-orgadmin', 'kaluga-tik', 'kuzbass', 'kuzbass-tik', 'observer'] as const;
type Actor = (typeof actors)[number];

const read: Record<Actor, string> = {
  admin: '2222',
  kaluga: '2242', // own, below, other region hidden, published visible
  'kaluga-controller': '2242',
  'kaluga-orgadmin': '2242',
  // The regional plan assigns items to «ТИК»: each ТИК under it gets occurrences, so the plan is readable (issue #7).
  'kaluga-tik': '2242',
  kuzbass: '4422',
  'kuzbass-tik': '4442',
  observer: '2222', // ЦИК России is above both regions
};
const edit: Record<Actor, string> = {
  admin: '2222',
  kaluga: '2343', // a planner edits only its own organisation's plans
  'kaluga-controller': '3343',
  'kaluga-orgadmin': '3343',
  'kaluga-tik': '3343', // an executor never edits plans
  kuzbass: '4422',
  'kuzbass-tik': '4443',
  observer: '3333',
};
/** Deleting works on a fresh copy of the plan, which assigns nothing to the ТИК: not visible to it. */
const remove: Record<Actor, string> = { ...edit, 'kaluga-tik': '4343' };
const approve: Record<Actor, string> = {
  admin: '2222',
  kaluga: '3343', // planners prepare, controllers approve
  'kaluga-controller': '2343',
  'kaluga-orgadmin': '3343',
  // The regional plan is readable by a ТИК only while in force (its items are assigned then); the test approves a draft.
  'kaluga-tik': '4343',
  kuzbass: '4433',
  'kuzbass-tik': '4443',
  observer: '3333',
};

/** Execution control of a plan (progress, escalation, periods, extensions): ownership or control, not an assignment or publication. */
const watch: Record<Actor, string> = {
  admin: '2222',
  kaluga: '2343', // a planner watches its own plans only
  'kaluga-controller': '2243', // a controller also those of the bodies below
  'kaluga-orgadmin': '3343',
  'kaluga-tik': '3343', // an executor sees its own occurrences, not the plan's execution
  kuzbass: '4422',
  'kuzbass-tik': '4443',
  observer: '2222',
};
/** Changing how a plan's execution is controlled (the escalation days): its planner or a controlling body. */
const control: Record<Actor, string> = { ...watch, observer: '3333' };

/**
 * Closing a reporting period: an act of the controlling commission (policy `close` on reports: controllers own/below,
 * the system administrator). A planner watches its plan but gets 403; another region's plan stays hidden (404).
 */
const closePeriod: Record<Actor, string> = {
  admin: '2222',
  kaluga: '3343',
  'kaluga-controller': '2243',
  'kaluga-orgadmin': '3343',
  'kaluga-tik': '3343',
  kuzbass: '4433',
  'kuzbass-tik': '4443',
  observer: '3333',
};

/** Approving an amendment: the plan is in force, so a ТИК with items in it reads it (403, not 404). */
const approveAmendment: Record<Actor, string> = { ...approve, 'kaluga-tik': '3343' };
const lifecycleAct = { kind: 'постановление', authority: 'Избирательная комиссия', date: '2026-02-01', number: 'матрица-1' };

const expected = (table: Record<Actor, string>, actor: Actor, resource: ResourceKey) => Number(table[actor][resources.indexOf(resource)]);
const statusClass = (status: number) => (status >= 200 && status < 300 ? 2 : status === 403 ? 3 : status === 404 ? 4 : status);

let t: TestApp;
let admin: Client;
const as = new Map<Actor, Client>();
const planIds = {} as Record<ResourceKey, string>;
const itemIds = {} as Record<ResourceKey, string>;

async function freshItem(resource: ResourceKey) {
  const r = await admin.post(`/api/plans/${planIds[resource]}/items`, { title: 'Временный пункт' });
  return r.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = client(t, await t.login('admin'));
  const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
  const orgId = (short: string) => orgs.find((o) => o.shortName === short)!.id;
  await admin.post('/api/users', {
    login: 'kaluga-controller',
    displayName: 'Секретарь',
    organizationId: orgId('ИККО'),
    roles: ['controller'],
    password: 'Контроль2025',
  });
  await admin.post('/api/users', {
    login: 'kaluga-orgadmin',
    displayName: 'Администратор',
    organizationId: orgId('ИККО'),
    roles: ['org_admin'],
    password: 'Админ2025ик',
  });
  const plans: PlanSummary[] = (await admin.get('/api/plans')).body.plans;
  planIds.K = plans.find((p) => p.organizationId === orgId('ИККО'))!.id;
  const kuzbassPlans = plans.filter((p) => p.organizationId === orgId('ИККО – Кузбасса'));
  planIds.Z = kuzbassPlans[0]!.id;
  planIds.ZP = kuzbassPlans[1]!.id;
  await admin.patch(`/api/plans/${planIds.ZP}`, { published: true });
  planIds.T = (await admin.post('/api/plans', { organizationId: orgId('ТИК Бабынинского района'), kind: 'work_plan', title: 'План работы ТИК' })).body.id;
  for (const r of resources) itemIds[r] = await freshItem(r);
  for (const actor of actors) {
    const cookie = await t.login(actor, actor === 'kaluga-controller' ? 'Контроль2025' : actor === 'kaluga-orgadmin' ? 'Админ2025ик' : 'demo');
    as.set(actor, client(t, cookie));
  }
  // Accounts made by an administrator must change their password first.
  await as.get('kaluga-controller')!.post('/api/auth/password', { currentPassword: 'Контроль2025', newPassword: 'Контроль2026' });
  await as.get('kaluga-orgadmin')!.post('/api/auth/password', { currentPassword: 'Админ2025ик', newPassword: 'Админ2026ик' });
}, 120_000);
afterAll(() => t.close());

type Case = {
  action: string;
  table: Record<Actor, string>;
  run: (c: Client, r: ResourceKey) => Promise<{ status: number }>;
  unchanged?: (r: ResourceKey) => Promise<void>;
};

const amendmentOf = async (r: ResourceKey) => (await admin.get(`/api/plans/${planIds[r]}`)).body.amendment as unknown;
/** Leaves the plan approved with no amendment open (approving any open one, so no item is lost). */
async function closeAmendment(r: ResourceKey) {
  if (await amendmentOf(r)) expect((await admin.post(`/api/plans/${planIds[r]}/amendments/current/approve`, { act: lifecycleAct })).status).toBe(200);
}
async function openAmendment(r: ResourceKey) {
  if (!(await amendmentOf(r))) expect((await admin.post(`/api/plans/${planIds[r]}/amendments`)).status).toBe(201);
}

/** Each allowed closing closes its own day, so no two overlap: the plan's first day + n. */
let closedDays = 0;
async function closeOneDay(c: Client, r: ResourceKey) {
  const plan = (await admin.get(`/api/plans/${planIds[r]}`)).body;
  const start = Date.parse(`${plan.period?.start ?? '2024-01-01'}T00:00:00Z`);
  const day = new Date(start + closedDays * 86_400_000).toISOString().slice(0, 10);
  const closed = async () => ((await admin.get(`/api/plans/${planIds[r]}/periods`)).body.closed as unknown[]).length;
  const before = await closed();
  const res = await c.post(`/api/plans/${planIds[r]}/periods`, { from: day, to: day, act: { ...lifecycleAct, number: `период-${closedDays}` } });
  if (statusClass(res.status) === 2) closedDays++;
  expect(await closed()).toBe(before + (statusClass(res.status) === 2 ? 1 : 0));
  return res;
}

/** An executor key of the plan's occurrences (the ТИК plan gets a dated item of its own first). */
async function executorKeyOf(r: ResourceKey): Promise<string> {
  const list = async () => (await admin.get(`/api/plans/${planIds[r]}/occurrences`)).body.occurrences as Occurrence[];
  let occ = await list();
  if (!occ.length) {
    await admin.post(`/api/plans/${planIds[r]}/items`, { title: 'Отчет о работе', deadlineText: 'до 1 марта 2025 года' });
    occ = await list();
  }
  return occ[0]!.executorKey as string;
}
const externalMarks = async (r: ResourceKey) =>
  ((await admin.get(`/api/plans/${planIds[r]}/progress`)).body.byExecutor as Progress['byExecutor']).filter((e) => e.external).length;

const titleOf = async (r: ResourceKey) => (await admin.get(`/api/plans/${planIds[r]}`)).body.title as string;

const cases: Case[] = [
  { action: 'GET /api/plans/:id', table: read, run: (c, r) => c.get(`/api/plans/${planIds[r]}`) },
  { action: 'GET /api/plans/:id/escalation', table: watch, run: (c, r) => c.get(`/api/plans/${planIds[r]}/escalation`) },
  { action: 'PUT /api/plans/:id/escalation', table: control, run: (c, r) => c.raw('PUT', `/api/plans/${planIds[r]}/escalation`, { days: 5 }) },
  { action: 'GET /api/plans/:id/periods', table: watch, run: (c, r) => c.get(`/api/plans/${planIds[r]}/periods`) },
  { action: 'GET /api/plans/:id/extensions', table: watch, run: (c, r) => c.get(`/api/plans/${planIds[r]}/extensions`) },
  { action: 'GET /api/items/:id', table: read, run: (c, r) => c.get(`/api/items/${itemIds[r]}`) },
  { action: 'GET /api/plans/:id/versions', table: read, run: (c, r) => c.get(`/api/plans/${planIds[r]}/versions`) },
  { action: 'GET /api/plans/:id/unfinished-items', table: read, run: (c, r) => c.get(`/api/plans/${planIds[r]}/unfinished-items`) },
  {
    action: 'PATCH /api/plans/:id (title)',
    table: edit,
    run: async (c, r) => {
      const before = await titleOf(r);
      const res = await c.patch(`/api/plans/${planIds[r]}`, { title: `${before.replace(/ \(ред\.\)$/, '')} (ред.)` });
      if (statusClass(res.status) !== 2) expect(await titleOf(r)).toBe(before);
      return res;
    },
  },
  { action: 'POST /api/plans/:id/items', table: edit, run: (c, r) => c.post(`/api/plans/${planIds[r]}/items`, { title: 'Новый пункт' }) },
  {
    action: 'PATCH /api/items/:id',
    table: edit,
    run: async (c, r) => {
      const res = await c.patch(`/api/items/${itemIds[r]}`, { title: 'Измененный пункт' });
      return res;
    },
  },
  { action: 'POST /api/items/:id/move', table: edit, run: (c, r) => c.post(`/api/items/${itemIds[r]}/move`, { parentId: null, position: 0 }) },
  {
    action: 'DELETE /api/items/:id',
    table: edit,
    run: async (c, r) => {
      const id = await freshItem(r);
      const res = await c.del(`/api/items/${id}`);
      const still = await admin.get(`/api/items/${id}`);
      expect(still.status).toBe(statusClass(res.status) === 2 ? 404 : 200);
      return res;
    },
  },
  {
    action: 'PATCH /api/plans/:id (approve)',
    table: approve,
    run: async (c, r) => {
      await admin.patch(`/api/plans/${planIds[r]}`, { status: 'draft' });
      const res = await c.patch(`/api/plans/${planIds[r]}`, { status: 'approved' });
      const status = (await admin.get(`/api/plans/${planIds[r]}`)).body.status;
      expect(status).toBe(statusClass(res.status) === 2 ? 'approved' : 'draft');
      // Back in force, as the other actions expect the demo plans to be.
      await admin.patch(`/api/plans/${planIds[r]}`, { status: 'approved' });
      return res;
    },
  },
  {
    action: 'DELETE /api/plans/:id',
    table: remove,
    run: async (c, r) => {
      // Delete a copy in the same organisation so the shared resources survive.
      const source = (await admin.get(`/api/plans/${planIds[r]}`)).body;
      const copy = (await admin.post('/api/plans', { organizationId: source.organizationId, kind: 'other', title: 'Копия для удаления' })).body;
      if (source.published) await admin.patch(`/api/plans/${copy.id}`, { published: true });
      const res = await c.del(`/api/plans/${copy.id}`);
      expect((await admin.get(`/api/plans/${copy.id}`)).status).toBe(statusClass(res.status) === 2 ? 404 : 200);
      if (statusClass(res.status) !== 2) await admin.del(`/api/plans/${copy.id}`);
      return res;
    },
  },
  // Plan lifecycle (issue #16): an approval or an amendment's approval is an act of the commission (approve);
  // starting and discarding an amendment is editing (update). Last: they approve and amend the shared plans.
  {
    action: 'POST /api/plans/:id/approve',
    table: approve,
    run: async (c, r) => {
      await admin.patch(`/api/plans/${planIds[r]}`, { status: 'draft' });
      const res = await c.post(`/api/plans/${planIds[r]}/approve`, { act: lifecycleAct });
      const plan = (await admin.get(`/api/plans/${planIds[r]}`)).body;
      expect(plan.status).toBe(statusClass(res.status) === 2 ? 'approved' : 'draft');
      expect(plan.approval?.number === lifecycleAct.number).toBe(statusClass(res.status) === 2);
      await admin.patch(`/api/plans/${planIds[r]}`, { status: 'approved', approval: null });
      return res;
    },
  },
  {
    // Copying reads the source and creates a plan of its organisation: the same as editing it.
    action: 'POST /api/plans/:id/copy',
    table: edit,
    run: async (c, r) => {
      const res = await c.post(`/api/plans/${planIds[r]}/copy`, { period: { start: '2031-01-01', end: '2031-12-31' }, carryOver: true });
      if (statusClass(res.status) === 2) {
        expect((await admin.get(`/api/plans/${res.body.id}`)).body.status).toBe('draft');
        await admin.del(`/api/plans/${res.body.id}`);
      }
      return res;
    },
  },
  {
    action: 'POST /api/plans/:id/amendments',
    table: edit,
    run: async (c, r) => {
      await closeAmendment(r);
      const res = await c.post(`/api/plans/${planIds[r]}/amendments`);
      expect(Boolean(await amendmentOf(r))).toBe(statusClass(res.status) === 2);
      return res;
    },
  },
  {
    action: 'POST /api/plans/:id/amendments/current/approve',
    table: approveAmendment,
    run: async (c, r) => {
      await openAmendment(r);
      const res = await c.post(`/api/plans/${planIds[r]}/amendments/current/approve`, { act: lifecycleAct });
      expect(Boolean(await amendmentOf(r))).toBe(statusClass(res.status) !== 2);
      return res;
    },
  },
  {
    action: 'DELETE /api/plans/:id/amendments/current',
    table: edit,
    run: async (c, r) => {
      await openAmendment(r);
      const res = await c.del(`/api/plans/${planIds[r]}/amendments/current`);
      expect(Boolean(await amendmentOf(r))).toBe(statusClass(res.status) !== 2);
      return res;
    },
  },
  {
    // After the year: executed, archived and back are decisions of the commission (approve), like the approval.
    action: 'POST /api/plans/:id/status (executed → archived → executed → approved)',
    table: approveAmendment,
    run: async (c, r) => {
      await closeAmendment(r);
      const statusNow = async () => (await admin.get(`/api/plans/${planIds[r]}`)).body.status as string;
      const res = await c.post(`/api/plans/${planIds[r]}/status`, { status: 'executed' });
      if (statusClass(res.status) !== 2) {
        expect(await statusNow()).toBe('approved');
        return res;
      }
      expect(await statusNow()).toBe('executed');
      // Whoever may mark it executed takes the other steps too; the plan ends in force, as the lists below expect.
      for (const status of ['archived', 'executed', 'approved']) expect((await c.post(`/api/plans/${planIds[r]}/status`, { status })).status).toBe(200);
      expect(await statusNow()).toBe('approved');
      return res;
    },
  },
  // Execution control (issue #18): reading the plan's execution is for its owners and controlling bodies (watch);
  // changing how it is controlled is its planner's or a controller's (control); closing a period the controller's.
  { action: 'GET /api/plans/:id/progress', table: watch, run: (c, r) => c.get(`/api/plans/${planIds[r]}/progress`) },
  { action: 'GET /api/plans/:id/overdue', table: watch, run: (c, r) => c.get(`/api/plans/${planIds[r]}/overdue`) },
  { action: 'GET /api/plans/:id/occurrences', table: watch, run: (c, r) => c.get(`/api/plans/${planIds[r]}/occurrences`) },
  {
    action: 'GET /api/plans/:id/execution-report (json)',
    table: watch,
    run: (c, r) => c.get(`/api/plans/${planIds[r]}/execution-report?from=2022-01-01&to=2022-06-30&format=json`),
  },
  {
    action: 'PUT /api/plans/:id/external-executors',
    table: control,
    run: async (c, r) => {
      const executorKey = await executorKeyOf(r);
      const before = await externalMarks(r);
      const res = await c.raw('PUT', `/api/plans/${planIds[r]}/external-executors`, { executorKey, external: true });
      expect(await externalMarks(r)).toBe(statusClass(res.status) === 2 ? Math.max(before, 1) : before);
      await admin.raw('PUT', `/api/plans/${planIds[r]}/external-executors`, { executorKey, external: false });
      return res;
    },
  },
  // Last: the ТИК plan is in force only after the lifecycle cases above have approved it.
  { action: 'POST /api/plans/:id/periods', table: closePeriod, run: closeOneDay },
];

describe.each(cases)('$action', ({ table, run }) => {
  it.each(actors.flatMap((actor) => resources.map((resource) => [actor, resource] as const)))('%s on %s', async (actor, resource) => {
    const res = await run(as.get(actor)!, resource);
    expect(statusClass(res.status), `${actor} → ${resource}: HTTP ${res.status}`).toBe(expected(table, actor, resource));
  });
});

describe('execution control outside a plan', () => {
  it.each(actors)('%s: only the system administrator runs the escalation check', async (actor) => {
    const r = await as.get(actor)!.post('/api/admin/escalations/run');
    expect(r.status).toBe(actor === 'admin' ? 200 : 403);
  });

  it.each(actors)('%s reads its own notices and marks them read', async (actor) => {
    expect((await as.get(actor)!.get('/api/me/inbox')).status).toBe(200);
    expect((await as.get(actor)!.post('/api/me/inbox/read', { all: true })).body).toEqual({ unread: 0 });
  });
});

describe('lists filter by the same rules', () => {
  it.each(actors)('%s sees exactly the plans it may read', async (actor) => {
    const listed = new Set(((await as.get(actor)!.get('/api/plans?limit=500')).body.plans as PlanSummary[]).map((p) => p.id));
    for (const r of resources) expect(listed.has(planIds[r]), `${actor} list ∋ ${r}`).toBe(expected(read, actor, r) === 2);
  });

  /** «Мои планы»: what the actor reads for a reason other than another commission's publication. */
  const mine: Record<Actor, string> = {
    admin: '2222',
    kaluga: '2244', // the published Kuzbass plan is read only because it is published
    'kaluga-controller': '2244',
    'kaluga-orgadmin': '2244',
    'kaluga-tik': '2244',
    kuzbass: '4422',
    'kuzbass-tik': '4442', // the published Kuzbass plan assigns its ТИК items: its own work, not only a publication
    observer: '2222',
  };
  it.each(actors)('%s: scope=mine leaves out the plans it reads only because another commission published them', async (actor) => {
    const body = (await as.get(actor)!.get('/api/plans?scope=mine&limit=500')).body as { plans: PlanSummary[]; total: number };
    const listed = new Set(body.plans.map((p) => p.id));
    for (const r of resources) expect(listed.has(planIds[r]), `${actor} mine ∋ ${r}`).toBe(expected(mine, actor, r) === 2);
    expect(body.total).toBe(body.plans.length);
  });

  it('pages walk the whole list once, each page telling the same total', async () => {
    const c = as.get('kaluga')!;
    const all = (await c.get('/api/plans?limit=500')).body as { plans: PlanSummary[]; total: number };
    expect(all.total).toBe(all.plans.length);
    const walked: string[] = [];
    for (let offset = 0; offset < all.total + 2; offset += 2) {
      const page = (await c.get(`/api/plans?limit=2&offset=${offset}`)).body as { plans: PlanSummary[]; total: number };
      expect(page.total).toBe(all.total);
      walked.push(...page.plans.map((p) => p.id));
    }
    expect(walked).toEqual(all.plans.map((p) => p.id));
    expect((await c.get('/api/plans?scope=everything')).status).toBe(400);
  });
});

describe('/api/metrics (issue #19)', () => {
  it.each(actors)('%s: only the system administrator reads the metrics', async (actor) => {
    const r = await as.get(actor)!.get('/api/metrics');
    expect(r.status).toBe(actor === 'admin' ? 200 : 403);
  });

  it("Prometheus scrapes with the administrator's read token: latency by route pattern and job status", async () => {
    await admin.get(`/api/plans/${planIds.K}`);
    const token = (await admin.post('/api/tokens', { name: 'prometheus', scopes: ['read'] })).body.token as string;
    const r = await t.app.inject({ method: 'GET', url: '/api/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    // The route pattern, never the id: one series per route however many plans there are.
    expect(r.body).toMatch(/planik_http_request_duration_seconds_bucket\{method="GET",route="\/api\/plans\/:id",status="2xx",le="0\.1"\} \d+/);
    expect(r.body).not.toContain(planIds.K);
    expect(r.body).toContain('# TYPE planik_job_last_run_failed gauge');
    expect(r.body).toMatch(/planik_process_uptime_seconds \d/);
    const bad = await t.app.inject({ method: 'GET', url: '/api/metrics', headers: { authorization: 'Bearer planik_nonsense' } });
    expect(bad.statusCode).toBe(401);
  });
});

describe('without a session', () => {
  it.each([
    ['GET', '/api/plans'],
    ['GET', '/api/plans/K'],
    ['PATCH', '/api/plans/K'],
    ['POST', '/api/plans/K/items'],
    ['GET', '/api/items/ITEM'],
    ['DELETE', '/api/items/ITEM'],
    ['GET', '/api/audit'],
    ['GET', '/api/users'],
    ['GET', '/api/admin/backup'],
    ['GET', '/api/metrics'],
  ])('%s %s → 401', async (method, url) => {
    const r = await client(t, null).raw(
      method as 'GET',
      url.replace('K', planIds.K).replace('ITEM', itemIds.K),
      method === 'GET' || method === 'DELETE' ? undefined : {},
    );
    expect(r.status).toBe(401);
  });
});

/**
 * References an actor can write into a row (issue #12, defect 1), from intent:
 * an administrator reaches its own organisation's subtree, a planner names
 * executors from its plan's line (its organisation, those below and above).
 * A forged reference to another region is refused as not found (4) and changes
 * nothing; the system administrator may reference anything (2); a reference to
 * an organisation outside one's reach where the act itself is performed there
 * stays forbidden (3), as before.
 */
describe('references an actor can set', () => {
  type Ref = { name: string; table: Partial<Record<Actor, number>>; run: (c: Client) => Promise<{ status: number }>; unchanged?: () => Promise<void> };
  let dir: {
    kuzbassPerson: string;
    kalugaPerson: string;
    tikPerson: string;
    kuzbassUnit: string;
    kalugaUnit: string;
    kuzbassOrg: string;
    kalugaOrg: string;
    tikOrg: string;
    kalugaUser: string;
  };
  let seq = 0;
  const login = () => `ref-user-${++seq}`;

  beforeAll(async () => {
    const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
    const orgId = (short: string) => orgs.find((o) => o.shortName === short)!.id as string;
    const units: Unit[] = (await admin.get('/api/units')).body.units;
    const people: Person[] = (await admin.get('/api/people')).body.people;
    const kalugaOrg = orgId('ИККО');
    const tikOrg = orgId('ТИК Бабынинского района');
    const kalugaPerson = (await admin.post('/api/people', { organizationId: kalugaOrg, fullName: 'Иванов Иван Иванович', shortName: 'Иванов И.И.' })).body.id;
    const tikPerson = (await admin.post('/api/people', { organizationId: tikOrg, fullName: 'Сидоров Сидор Сидорович', shortName: 'Сидоров С.С.' })).body.id;
    const kalugaUser = (
      await admin.post('/api/users', {
        login: 'ref-target',
        displayName: 'Пользователь ИККО',
        organizationId: kalugaOrg,
        roles: ['executor'],
        password: 'Ссылка2025пароль',
      })
    ).body.id;
    dir = {
      kuzbassOrg: orgId('ИККО – Кузбасса'),
      kalugaOrg,
      tikOrg,
      kuzbassPerson: people.find((p) => p.shortName === 'Герасимова М.Н.')!.id,
      kalugaPerson,
      tikPerson,
      kuzbassUnit: units.find((u) => u.organizationId === orgId('ИККО – Кузбасса'))!.id,
      kalugaUnit: units.find((u) => u.organizationId === kalugaOrg)!.id,
      kalugaUser,
    };
  });

  const userOf = async (id: string) => (await admin.get('/api/users')).body.users.find((u: User) => u.id === id);
  const personOf = async (id: string) => (await admin.get('/api/people')).body.people.find((p: Person) => p.id === id);

  const refs: Ref[] = [
    {
      name: 'new user ← person of another region',
      table: { admin: 2, 'kaluga-orgadmin': 4 },
      run: (c) =>
        c.post('/api/users', {
          login: login(),
          displayName: 'x',
          organizationId: dir.kalugaOrg,
          roles: ['executor'],
          password: 'Ссылка2025пароль',
          personId: dir.kuzbassPerson,
        }),
    },
    {
      name: 'new user ← person of own region',
      table: { admin: 2, 'kaluga-orgadmin': 2 },
      run: (c) =>
        c.post('/api/users', {
          login: login(),
          displayName: 'x',
          organizationId: dir.kalugaOrg,
          roles: ['executor'],
          password: 'Ссылка2025пароль',
          personId: dir.tikPerson,
        }),
    },
    {
      name: 'new user ← person that does not exist',
      table: { admin: 4, 'kaluga-orgadmin': 4 },
      run: (c) =>
        c.post('/api/users', {
          login: login(),
          displayName: 'x',
          organizationId: dir.kalugaOrg,
          roles: ['executor'],
          password: 'Ссылка2025пароль',
          personId: '00000000-0000-4000-8000-000000000001',
        }),
    },
    {
      name: 'new user ← organisation of another region',
      table: { admin: 2, 'kaluga-orgadmin': 3 },
      run: (c) => c.post('/api/users', { login: login(), displayName: 'x', organizationId: dir.kuzbassOrg, roles: ['executor'], password: 'Ссылка2025пароль' }),
    },
    {
      name: 'user ← person of another region',
      table: { 'kaluga-orgadmin': 4 },
      run: (c) => c.patch(`/api/users/${dir.kalugaUser}`, { personId: dir.kuzbassPerson }),
      unchanged: async () => expect((await userOf(dir.kalugaUser)).personId).toBeNull(),
    },
    {
      name: 'user ← organisation of another region',
      table: { 'kaluga-orgadmin': 3 },
      run: (c) => c.patch(`/api/users/${dir.kalugaUser}`, { organizationId: dir.kuzbassOrg }),
      unchanged: async () => expect((await userOf(dir.kalugaUser)).organizationId).toBe(dir.kalugaOrg),
    },
    {
      name: 'new person ← unit of another region',
      table: { admin: 4, 'kaluga-orgadmin': 4 },
      run: (c) => c.post('/api/people', { organizationId: dir.kalugaOrg, fullName: 'x', shortName: 'x', unitId: dir.kuzbassUnit }),
    },
    {
      name: 'new person ← unit of another organisation of the region',
      table: { admin: 4, 'kaluga-orgadmin': 4 },
      run: (c) => c.post('/api/people', { organizationId: dir.tikOrg, fullName: 'x', shortName: 'x', unitId: dir.kalugaUnit }),
    },
    {
      name: 'new person ← unit of its organisation',
      table: { admin: 2, 'kaluga-orgadmin': 2 },
      run: (c) => c.post('/api/people', { organizationId: dir.kalugaOrg, fullName: 'x', shortName: 'x', unitId: dir.kalugaUnit }),
    },
    {
      name: 'new person ← organisation of another region',
      table: { admin: 2, 'kaluga-orgadmin': 3 },
      run: (c) => c.post('/api/people', { organizationId: dir.kuzbassOrg, fullName: 'x', shortName: 'x' }),
    },
    {
      name: 'person ← unit of another region',
      table: { admin: 4, 'kaluga-orgadmin': 4 },
      run: (c) => c.patch(`/api/people/${dir.kalugaPerson}`, { unitId: dir.kuzbassUnit }),
      unchanged: async () => expect((await personOf(dir.kalugaPerson)).unitId).toBeNull(),
    },
    {
      name: 'new organisation ← parent in another region',
      table: { admin: 2, 'kaluga-orgadmin': 3 },
      run: (c) => c.post('/api/organizations', { kind: 'territorial', name: 'x', parentId: dir.kuzbassOrg }),
    },
    {
      name: 'organisation ← parent in another region',
      table: { 'kaluga-orgadmin': 3 },
      run: (c) => c.patch(`/api/organizations/${dir.tikOrg}`, { parentId: dir.kuzbassOrg }),
      unchanged: async () =>
        expect((await admin.get('/api/organizations')).body.organizations.find((o: Organization) => o.id === dir.tikOrg).parentId).toBe(dir.kalugaOrg),
    },
    {
      name: 'new unit ← organisation of another region',
      table: { admin: 2, 'kaluga-orgadmin': 3 },
      run: (c) => c.post(`/api/organizations/${dir.kuzbassOrg}/units`, { name: 'x' }),
    },
    {
      name: 'new plan ← organisation of another region',
      table: { admin: 2, kaluga: 3 },
      run: (c) => c.post('/api/plans', { organizationId: dir.kuzbassOrg, kind: 'other', title: 'x' }),
    },
    // Executors: the plan's organisation, those below and those above it; nobody from another region.
    {
      name: 'new item ← executor organisation of another region',
      table: { admin: 4, kaluga: 4 },
      run: (c) => c.post(`/api/plans/${planIds.K}/items`, { title: 'x', executors: [{ text: 'x', organizationId: dir.kuzbassOrg }] }),
    },
    {
      name: 'new item ← executor person of another region',
      table: { admin: 4, kaluga: 4 },
      run: (c) => c.post(`/api/plans/${planIds.K}/items`, { title: 'x', executors: [{ text: 'x', kind: 'person', personId: dir.kuzbassPerson }] }),
    },
    {
      name: 'new item ← executor unit of another region',
      table: { admin: 4, kaluga: 4 },
      run: (c) => c.post(`/api/plans/${planIds.K}/items`, { title: 'x', executors: [{ text: 'x', kind: 'department', unitId: dir.kuzbassUnit }] }),
    },
    {
      name: 'new item ← executors of its own line (below, own unit, own person, the CEC above)',
      table: { admin: 2, kaluga: 2 },
      run: async (c) => {
        const cec = (await admin.get('/api/organizations')).body.organizations.find((o: Organization) => o.shortName === 'ЦИК России').id;
        return c.post(`/api/plans/${planIds.K}/items`, {
          title: 'x',
          executors: [
            { text: 'ТИК', organizationId: dir.tikOrg },
            { text: 'Информационный центр', kind: 'department', unitId: dir.kalugaUnit },
            { text: 'Сидоров С.С.', kind: 'person', personId: dir.tikPerson },
            { text: 'ЦИК России', organizationId: cec, role: 'co_executor' },
          ],
        });
      },
    },
    {
      name: 'item ← executor person of another region',
      table: { admin: 4, kaluga: 4 },
      run: (c) => c.patch(`/api/items/${itemIds.K}`, { executors: [{ text: 'x', kind: 'person', personId: dir.kuzbassPerson }] }),
      unchanged: async () =>
        expect((await admin.get(`/api/items/${itemIds.K}`)).body.executors.map((e: ItemNode['executors'][number]) => e.personId)).not.toContain(
          dir.kuzbassPerson,
        ),
    },
  ];

  it.each(refs.flatMap((ref) => Object.entries(ref.table).map(([actor, code]) => [ref.name, actor, code, ref] as const)))(
    '%s — %s',
    async (_name, actor, code, ref) => {
      const res = await ref.run(as.get(actor as Actor)!);
      expect(statusClass(res.status), `${actor}: HTTP ${res.status} ${JSON.stringify((res as { body?: unknown }).body)}`).toBe(code);
      if (code !== 2) await ref.unchanged?.();
    },
  );

  it('an account tied to a forged person reads nothing of the other region', async () => {
    const orgadmin = as.get('kaluga-orgadmin')!;
    const r = await orgadmin.post('/api/users', {
      login: 'forged',
      displayName: 'x',
      organizationId: dir.kalugaOrg,
      roles: ['executor'],
      password: 'Ссылка2025пароль',
      personId: dir.kuzbassPerson,
    });
    expect(r.status).toBe(404);
    expect(r.body.error.details.field).toBe('personId');
    expect((await admin.get('/api/users')).body.users.map((u: User) => u.login)).not.toContain('forged');
  });
});
