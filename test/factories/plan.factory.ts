import type { Db } from '../../src/server/db/client.js';
import { itemExecutors, planItems, plans } from '../../src/server/db/schema/index.js';
import type { ExecutorKind, PlanKind } from '../../src/shared/plan-format.js';
import { deadlineContext, resolveItemDeadline } from '../../src/server/services/plan-deadline.js';
import { syncOccurrences } from '../../src/server/services/occurrence-sync.js';
import { listPlanOccurrences } from '../../src/server/repositories/occurrence.repository.js';
import { createOrganization } from './organization.factory.js';
import { nextSeq } from './sequence.js';

export type PlanRow = typeof plans.$inferSelect;
export type ItemRow = typeof planItems.$inferSelect;

export interface ExecutorSpec {
  /** Printed text; defaults to the organisation's or person's id so a test never depends on name matching. */
  text?: string;
  kind?: ExecutorKind;
  role?: 'responsible' | 'co_executor';
  organizationId?: string | null;
  personId?: string | null;
}

export interface ItemSpec {
  title?: string;
  kind?: 'section' | 'item';
  deadlineText?: string | null;
  executors?: ExecutorSpec[];
  children?: ItemSpec[];
}

export interface PlanOptions {
  /** A new organisation of its own when omitted. */
  organizationId?: string;
  kind?: PlanKind;
  title?: string;
  periodStart?: string;
  periodEnd?: string;
  /** `approved` (in force) generates the executors' occurrences; a draft has none. */
  status?: 'draft' | 'review' | 'approved';
  published?: boolean;
  items?: ItemSpec[];
}

export interface CreatedPlan {
  plan: PlanRow;
  /** Items in tree order (depth first), numbered 1, 1.1, 1.2, 2 … as the tree numbers them. */
  items: ItemRow[];
  /** Occurrences generated for an approved plan (empty for a draft). */
  occurrences: Awaited<ReturnType<typeof listPlanOccurrences>>;
}

/**
 * A plan with its items and executors written straight to the database, independent of the seed plans' numbering.
 * An `approved` plan is in force (occurrences generated) but has no approval act or version snapshot: tests of
 * approval, exports of the official text or amendments approve through the API instead.
 */
export async function createPlan(db: Db, options: PlanOptions = {}): Promise<CreatedPlan> {
  const n = nextSeq();
  const organizationId = options.organizationId ?? (await createOrganization(db)).id;
  const [plan] = await db
    .insert(plans)
    .values({
      organizationId,
      kind: options.kind ?? 'work_plan',
      title: options.title ?? `План работы № ${n} (тест)`,
      periodStart: options.periodStart ?? '2026-01-01',
      periodEnd: options.periodEnd ?? '2026-12-31',
      status: options.status ?? 'draft',
      published: options.published ?? false,
    })
    .returning();
  const ctx = deadlineContext(plan!);
  const items: ItemRow[] = [];

  async function insertLevel(specs: ItemSpec[], parent: ItemRow | null) {
    for (const [position, spec] of specs.entries()) {
      const number = parent ? `${parent.number}.${position + 1}` : `${position + 1}`;
      const [item] = await db
        .insert(planItems)
        .values({
          planId: plan!.id,
          parentId: parent?.id ?? null,
          position,
          number,
          kind: spec.kind ?? (spec.children?.length ? 'section' : 'item'),
          title: spec.title ?? `Мероприятие ${number}`,
          deadlineText: spec.deadlineText ?? null,
          deadline: resolveItemDeadline(spec.deadlineText, ctx),
        })
        .returning();
      items.push(item!);
      const executors = spec.executors ?? [];
      if (executors.length) {
        await db.insert(itemExecutors).values(
          executors.map((e, i) => ({
            itemId: item!.id,
            position: i,
            text: e.text ?? e.personId ?? e.organizationId ?? 'исполнитель',
            kind: e.kind ?? (e.personId ? 'person' : e.organizationId ? 'organization' : 'unknown'),
            role: e.role ?? 'responsible',
            organizationId: e.organizationId ?? null,
            personId: e.personId ?? null,
          })),
        );
      }
      await insertLevel(spec.children ?? [], item!);
    }
  }
  await insertLevel(options.items ?? [], null);
  await syncOccurrences(db, plan!.id);
  return { plan: plan!, items, occurrences: await listPlanOccurrences(db, plan!.id) };
}
