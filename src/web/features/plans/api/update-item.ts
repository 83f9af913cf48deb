import { api } from '../../../lib/api-client';
import type { Executor, PlanItem } from '../model/types';

export interface ItemPatch {
  kind?: 'section' | 'item';
  title?: string;
  deadlineText?: string | null;
  fields?: Record<string, string>;
  notes?: string | null;
  executors?: Omit<Executor, 'id'>[];
  /** The version the edit started from; a stale one gets 409 version_conflict. */
  version?: number;
}

export const updateItem = (id: string, patch: ItemPatch) => api<PlanItem>(`/api/items/${id}`, { method: 'PATCH', json: patch });
