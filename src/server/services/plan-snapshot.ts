import type { Db } from '../db/client.js';
import { listExecutorsOfPlan, listItemsOfPlan } from '../repositories/item.repository.js';
import { listAbbreviations, type PlanRow } from '../repositories/plan.repository.js';
import { buildItemTree, planDto } from './plan.dto.js';

/** The plan as one JSON document: header, glossary and item tree (the GET payload and the version snapshot). */
export async function planSnapshot(tx: Db, plan: PlanRow) {
  // One after another: a transaction is one connection, and pg is retiring queued concurrent queries on a client.
  const items = await listItemsOfPlan(tx, plan.id);
  const executors = await listExecutorsOfPlan(tx, plan.id);
  const abbreviations = await listAbbreviations(tx, plan.id);
  return {
    ...planDto(plan),
    abbreviations: abbreviations.map((a) => ({ short: a.short, full: a.full })),
    items: buildItemTree(items, executors),
  };
}

export type PlanSnapshot = Awaited<ReturnType<typeof planSnapshot>>;
