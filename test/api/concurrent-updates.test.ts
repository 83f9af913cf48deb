import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../factories/organization.factory.js';
import { createPlan } from '../factories/plan.factory.js';
import { createUser } from '../factories/user.factory.js';
import { client, type Client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { AuditEvent, Organization } from '../support/api-types.js';

/**
 * Issue #12, defect 6: concurrent edits of one plan or item. Edits that name the
 * version they started from: exactly one wins, the others get 409 and change
 * nothing. Edits without a version queue and all of them land.
 */
let t: TestApp;
let planner: Client;
let planId: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // A commission, its planner and a plan of its own: nothing here depends on the demo data.
  const commission = await createOrganization(db, { kind: 'regional' });
  const user = await createUser(db, { roles: ['planner'], organizationId: commission.id });
  planner = client(t, await t.login(user.login, user.password));
  const { plan, items } = await createPlan(db, {
    organizationId: commission.id,
    kind: 'other',
    title: 'План для одновременной правки',
    items: [{ title: 'Пункт для одновременной правки' }],
  });
  planId = plan.id;
  itemId = items[0]!.id;
});
afterAll(() => t.close());

const statuses = (list: { status: number }[]) => list.map((r) => r.status).sort();

describe('concurrent updates', () => {
  it('plan: of five edits from the same version one wins, four are 409, the winner is what is stored', async () => {
    const { version } = (await planner.get(`/api/plans/${planId}`)).body;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => planner.patch(`/api/plans/${planId}`, { version, title: `Правка ${n}`, description: `Описание ${n}` })),
    );
    expect(statuses(answers)).toEqual([200, 409, 409, 409, 409]);
    const winner = answers.find((r) => r.status === 200)!.body;
    const stored = (await planner.get(`/api/plans/${planId}`)).body;
    expect(stored.version).toBe(version + 1);
    expect({ title: stored.title, description: stored.description }).toEqual({ title: winner.title, description: winner.description });
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.error.code === 'version_conflict')).toBe(true);
    const audited = (await planner.get(`/api/audit?planId=${planId}&action=plan.update`)).body.events;
    expect(audited.filter((e: AuditEvent) => e.action === 'plan.update')).toHaveLength(1);
  });

  it('item: of five edits from the same version one wins, four are 409, the winner is what is stored', async () => {
    const { version } = (await planner.get(`/api/items/${itemId}`)).body;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => planner.patch(`/api/items/${itemId}`, { version, title: `Пункт ${n}`, notes: `Заметка ${n}` })),
    );
    expect(statuses(answers)).toEqual([200, 409, 409, 409, 409]);
    const winner = answers.find((r) => r.status === 200)!.body;
    const stored = (await planner.get(`/api/items/${itemId}`)).body;
    expect(stored.version).toBe(version + 1);
    expect({ title: stored.title, notes: stored.notes }).toEqual({ title: winner.title, notes: winner.notes });
  });

  it('edits without a version all land, one after another', async () => {
    const before = (await planner.get(`/api/items/${itemId}`)).body.version;
    const answers = await Promise.all([
      planner.patch(`/api/items/${itemId}`, { title: 'Новое наименование' }),
      planner.patch(`/api/items/${itemId}`, { notes: 'Новая заметка' }),
      planner.patch(`/api/items/${itemId}`, { deadlineText: 'Март' }),
    ]);
    expect(statuses(answers)).toEqual([200, 200, 200]);
    const stored = (await planner.get(`/api/items/${itemId}`)).body;
    expect(stored).toMatchObject({ title: 'Новое наименование', notes: 'Новая заметка', deadlineText: 'Март', version: before + 3 });
  });
});

describe('concurrent re-parenting of organisations', () => {
  it('A under B and B under A at once: one succeeds, the other is refused as a loop, the tree stays a tree', async () => {
    const admin = client(t, await t.login('admin'));
    const orgs: Organization[] = (await admin.get('/api/organizations')).body.organizations;
    const kaluga = orgs.find((o) => o.shortName === 'ИККО')!.id;
    for (let round = 0; round < 3; round++) {
      const a = (await admin.post('/api/organizations', { kind: 'territorial', name: `Комиссия А${round}`, parentId: kaluga })).body.id;
      const b = (await admin.post('/api/organizations', { kind: 'territorial', name: `Комиссия Б${round}`, parentId: kaluga })).body.id;
      const answers = await Promise.all([admin.patch(`/api/organizations/${a}`, { parentId: b }), admin.patch(`/api/organizations/${b}`, { parentId: a })]);
      expect(statuses(answers)).toEqual([200, 400]);
      const after: Organization[] = (await admin.get('/api/organizations')).body.organizations;
      const parentOf = (id: string) => after.find((o) => o.id === id)!.parentId;
      expect(parentOf(a) === b && parentOf(b) === a).toBe(false);
    }
  });
});
