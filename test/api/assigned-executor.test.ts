import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemExecutors, occurrences, plans } from '../../src/server/db/schema/index.js';
import { assignedRuleText, assignedTo } from '../../src/server/repositories/assignment.sql.js';
import { findOccurrence, listAssignedOccurrences } from '../../src/server/repositories/occurrence.repository.js';
import { planIdsAssignedTo, visiblePlansCondition } from '../../src/server/repositories/plan.repository.js';
import { insertReportsAudited } from '../../src/server/repositories/report.repository.js';
import { createOrganization, createPerson } from '../factories/organization.factory.js';
import { createPlan, type CreatedPlan } from '../factories/plan.factory.js';
import { createUser } from '../factories/user.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue #15: the «assigned executor» rule is one SQL helper (repositories/assignment.sql.ts). Every place that asks
 * "is this row the user's?" — one occurrence's access, «Мои мероприятия», a plan's relations, the plan list's
 * visibility and the report hot path — must give the same answer for the same row and user.
 */
let t: TestApp;
let created: CreatedPlan;
const ids = {} as Record<'a' | 'b' | 'c' | 'pa' | 'pb', string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const [a, b, c] = [await createOrganization(db), await createOrganization(db), await createOrganization(db)];
  ids.a = a.id;
  ids.b = b.id;
  ids.c = c.id;
  ids.pa = (await createPerson(db, a.id)).id;
  ids.pb = (await createPerson(db, b.id)).id;
  created = await createPlan(db, { status: 'approved', items: [{ title: 'Проверка правила', deadlineText: 'Январь', executors: [{ organizationId: a.id }] }] });
}, 120_000);
afterAll(() => t.close());

type Who = { organizationId: string; personId: string | null };
type Row = { organizationId: string | null; personId: string | null };

// The rule spelled out once more, independently, as the expectation.
const expected = (row: Row, who: Who) => row.organizationId === who.organizationId || (row.personId !== null && row.personId === who.personId);

function cases() {
  const rows: [string, () => Row][] = [
    ['organisation A', () => ({ organizationId: ids.a, personId: null })],
    ['organisation B, person of A', () => ({ organizationId: ids.b, personId: ids.pa })],
    ['organisation B, no person', () => ({ organizationId: ids.b, personId: null })],
    ['no organisation, person of A', () => ({ organizationId: null, personId: ids.pa })],
    ['nobody', () => ({ organizationId: null, personId: null })],
  ];
  const users: [string, () => Who][] = [
    ['user of A without a person', () => ({ organizationId: ids.a, personId: null })],
    ['user of C who is the person of A', () => ({ organizationId: ids.c, personId: ids.pa })],
    ['user of B who is the person of B', () => ({ organizationId: ids.b, personId: ids.pb })],
    ['user of C without a person', () => ({ organizationId: ids.c, personId: null })],
  ];
  return rows.flatMap(([rowName, row]) => users.map(([userName, who]) => [`${rowName} × ${userName}`, row, who] as const));
}

let clientKeySeq = 0;

describe('the assigned-executor rule gives one answer everywhere', () => {
  it.each(cases())('%s', async (_name, rowOf, whoOf) => {
    const db = t.database.db;
    const row = rowOf();
    const who = whoOf();
    const want = expected(row, who);
    const planId = created.plan.id;
    const occurrenceId = created.occurrences[0]!.id;

    // The occurrence carries the case; the item's executor names nobody, so plan-level answers come from the occurrence.
    await db.update(occurrences).set(row).where(eq(occurrences.id, occurrenceId));
    await db.update(itemExecutors).set({ organizationId: null, personId: null }).where(eq(itemExecutors.itemId, created.items[0]!.id));

    const one = await findOccurrence(db, occurrenceId, who);
    const mine = await listAssignedOccurrences(db, { ...who, planId, includeRetired: false, limit: 100 });
    const planLevel = await planIdsAssignedTo(db, [planId], who.organizationId, who.personId);
    const visible = await db
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.id, planId), visiblePlansCondition({ all: false, ...who, own: false, below: false, assigned: true, published: false })));
    const [direct] = await db
      .select({ assigned: sql<boolean>`${assignedTo(occurrences, who)}` })
      .from(occurrences)
      .where(eq(occurrences.id, occurrenceId));
    const stored = await insertReportsAudited(db, [
      {
        report: {
          occurrenceId,
          status: 'done',
          text: 'Исполнено',
          movedTo: null,
          metrics: {},
          links: [],
          fileIds: [],
          authorId: await authorOf(who),
          clientKey: `rule-${++clientKeySeq}`,
        },
        audit: {
          actorId: null,
          organizationId: who.organizationId,
          ip: null,
          action: 'report.submit',
          entityType: 'report',
          entityId: null,
          planId,
          after: {},
        },
        assignedTo: who,
      },
    ]);

    expect({
      findOccurrence: one!.assigned,
      myOccurrences: mine.some((m) => m.id === occurrenceId),
      planRelations: planLevel.has(planId),
      planList: visible.length === 1,
      helper: Boolean(direct!.assigned),
      reportHotPath: stored[0] !== null,
    }).toEqual({ findOccurrence: want, myOccurrences: want, planRelations: want, planList: want, helper: want, reportHotPath: want });
  });

  it.each(cases())('item executor: %s', async (_name, rowOf, whoOf) => {
    const db = t.database.db;
    const row = rowOf();
    const who = whoOf();
    const planId = created.plan.id;
    // Only the item's executor carries the case now.
    await db.update(occurrences).set({ organizationId: null, personId: null }).where(eq(occurrences.id, created.occurrences[0]!.id));
    await db.update(itemExecutors).set(row).where(eq(itemExecutors.itemId, created.items[0]!.id));
    const planLevel = await planIdsAssignedTo(db, [planId], who.organizationId, who.personId);
    const visible = await db
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.id, planId), visiblePlansCondition({ all: false, ...who, own: false, below: false, assigned: true, published: false })));
    expect({ planRelations: planLevel.has(planId), planList: visible.length === 1 }).toEqual({
      planRelations: expected(row, who),
      planList: expected(row, who),
    });
  });

  it('writes the same rule into the hot path statement as text', () => {
    expect(assignedRuleText({ organizationId: 'o.organization_id', personId: 'o.person_id' }, { organizationId: 'i.org', personId: 'i.person' })).toBe(
      '(o.organization_id = i.org or (o.person_id is not null and o.person_id = i.person))',
    );
  });
});

const authors = new Map<string, string>();
/** A report needs an author: one factory user per organisation of the case. */
async function authorOf(who: Who): Promise<string> {
  const key = who.organizationId;
  if (!authors.has(key)) authors.set(key, (await createUser(t.database.db, { roles: ['executor'], organizationId: who.organizationId })).id);
  return authors.get(key)!;
}
