import { api } from '../../../lib/api-client';
import type { Executor, PlanItem } from '../model/types';

export interface ItemCreateInput {
  parentId?: string | null;
  position?: number;
  kind?: 'section' | 'item';
  title: string;
  deadlineText?: string | null;
  fields?: Record<string, string>;
  notes?: string | null;
  executors?: Omit<Executor, 'id'>[];
}

/** Plain fetcher: the plan page runs item mutations through its own edit queue (undo, refetch). */
export const createItem = (planId: string, input: ItemCreateInput) => api<PlanItem>(`/api/plans/${planId}/items`, { method: 'POST', json: input });
