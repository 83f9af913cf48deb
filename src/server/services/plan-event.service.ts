/**
 * Named events of a plan (official publication of the calling decision, registration of candidates, any event a
 * phrase names). Dating or moving an event re-dates every item counted from it and their occurrences in one
 * audited transaction; items counted from an undated event are listed together as waiting for it.
 */
import { eventLabel } from '../../domain/deadline/index.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import { listItemsOfPlan } from '../repositories/item.repository.js';
import { deletePlanEvent, findPlanEvent, listEventsOfPlan, upsertPlanEvent } from '../repositories/plan-event.repository.js';
import { findPlan } from '../repositories/plan.repository.js';
import type { Access } from './access.service.js';
import { redatePlan } from './plan-redate.js';

interface WaitingGroup {
  event: string;
  label: string;
  items: { id: string; number: string | null; title: string }[];
}

function pendingOf(deadline: Record<string, unknown> | null): { event: string; label: string }[] {
  const pending = deadline?.['pending'];
  if (!Array.isArray(pending)) return [];
  return pending.filter((p): p is { event: string; label: string } => typeof p?.event === 'string' && typeof p?.label === 'string');
}

async function eventsView(db: Db, planId: string) {
  const events = await listEventsOfPlan(db, planId);
  const items = await listItemsOfPlan(db, planId);
  const groups = new Map<string, WaitingGroup>();
  for (const item of items) {
    for (const p of pendingOf(item.deadline ?? null)) {
      const group = groups.get(p.event) ?? { event: p.event, label: events.find((e) => e.key === p.event)?.label ?? p.label, items: [] };
      group.items.push({ id: item.id, number: item.number, title: item.title });
      groups.set(p.event, group);
    }
  }
  return {
    events: events.map((e) => ({ key: e.key, label: e.label, date: e.date })),
    waiting: [...groups.values()],
  };
}

export function createPlanEventService(db: Db, access: Access) {
  async function planFor(tx: Db, ctx: RequestContext, planId: string, action: 'read' | 'update') {
    const plan = await findPlan(tx, planId);
    if (!plan) throw new AppError('plan_not_found', 'План не найден');
    await access.assertPlan(tx, ctx.user, plan, action);
    return plan;
  }

  return {
    async list(ctx: RequestContext, planId: string) {
      await planFor(db, ctx, planId, 'read');
      return eventsView(db, planId);
    },

    /** Adds, dates, moves or undates an event; every dependent item is re-dated in the same transaction. */
    async set(ctx: RequestContext, planId: string, key: string, input: { label?: string | null | undefined; date: string | null }) {
      return db.transaction(async (tx) => {
        const plan = await planFor(tx, ctx, planId, 'update');
        const before = (await findPlanEvent(tx, planId, key)) ?? null;
        const label = input.label?.trim() || before?.label || eventLabel(key, key);
        const event = await upsertPlanEvent(tx, planId, { key, label, date: input.date });
        const { occurrences } = await redatePlan(tx, ctx, plan, {
          cause: event.label,
          action: 'plan.event.set',
          before: before && { key: before.key, label: before.label, date: before.date },
          after: { event: { key: event.key, label: event.label, date: event.date } },
        });
        return { ...(await eventsView(tx, planId)), occurrences };
      });
    },

    async remove(ctx: RequestContext, planId: string, key: string) {
      return db.transaction(async (tx) => {
        const plan = await planFor(tx, ctx, planId, 'update');
        const before = await findPlanEvent(tx, planId, key);
        if (!before) throw new AppError('not_found', 'Событие не найдено', { field: 'key' });
        await deletePlanEvent(tx, planId, key);
        const { occurrences } = await redatePlan(tx, ctx, plan, {
          cause: before.label,
          action: 'plan.event.delete',
          before: { key: before.key, label: before.label, date: before.date },
        });
        return { ...(await eventsView(tx, planId)), occurrences };
      });
    },
  };
}

export type PlanEventService = ReturnType<typeof createPlanEventService>;
