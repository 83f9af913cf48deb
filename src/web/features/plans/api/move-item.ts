import { api } from '../../../lib/api-client';
import type { PlanItem } from '../model/types';

/** The server renumbers the whole plan after a move. */
export const moveItem = (id: string, target: { parentId: string | null; position: number }) =>
  api<PlanItem>(`/api/items/${id}/move`, { method: 'POST', json: target });
