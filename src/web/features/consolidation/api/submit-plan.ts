import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LinkedPlan } from '../../../../shared/consolidation-api';

export const submitPlan = (planId: string) => api<LinkedPlan>(`/api/plans/${planId}/submit`, { method: 'POST', json: {} });

export function useSubmitPlan(planId: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => submitPlan(planId), onSuccess: () => client.invalidateQueries({ queryKey: ['consolidation'] }) });
}
