import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Approval, Plan } from '../model/types';
import { planKey } from './get-plan';

export interface PlanPatch {
  title?: string;
  kind?: string;
  status?: string;
  published?: boolean;
  period?: { start: string; end: string } | null;
  description?: string | null;
  approval?: Approval | null;
  abbreviations?: { short: string; full: string }[];
  columns?: { key: string; title: string; role: string }[];
  /** The version the edit started from; a stale one gets 409 instead of overwriting. */
  version?: number;
}

export const updatePlan = (id: string, patch: PlanPatch) => api<Plan>(`/api/plans/${id}`, { method: 'PATCH', json: patch });

export function useUpdatePlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: PlanPatch) => updatePlan(id, patch),
    onSuccess: (plan) => {
      client.setQueryData(planKey(id), plan);
      void client.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}
