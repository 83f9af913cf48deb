import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OverdueList } from '../model/types';

export const getPlanOverdue = (planId: string) => api<OverdueList>(`/api/plans/${planId}/overdue`);

export const usePlanOverdue = (planId: string) => useQuery({ queryKey: ['execution', 'overdue', planId], queryFn: () => getPlanOverdue(planId) });

/** Marks an executor of the plan as an external participant (or takes the mark back); every figure is recounted. */
export function useSetExternal(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { executorKey: string; external: boolean }) => api(`/api/plans/${planId}/external-executors`, { method: 'PUT', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['execution'] }),
  });
}
