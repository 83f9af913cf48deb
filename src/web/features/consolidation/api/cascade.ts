import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CascadeBody, LinkedPlan } from '../../../../shared/consolidation-api';

export const cascadePlan = (planId: string, input: CascadeBody) =>
  api<{ items: number; added: number; plans: LinkedPlan[] }>(`/api/plans/${planId}/cascade`, { method: 'POST', json: input });

export function useCascade(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CascadeBody) => cascadePlan(planId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['consolidation'] }),
  });
}
