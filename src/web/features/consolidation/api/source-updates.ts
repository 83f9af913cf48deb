import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SourceUpdates } from '../../../../shared/consolidation-api';

export const listSourceUpdates = (planId: string) => api<SourceUpdates>(`/api/plans/${planId}/updates`);

export const sourceUpdatesQuery = (planId: string) =>
  queryOptions({ queryKey: ['consolidation', planId, 'updates'], queryFn: () => listSourceUpdates(planId) });

export const useSourceUpdates = (planId: string) => useQuery(sourceUpdatesQuery(planId));

export const acceptSourceUpdate = (planId: string, itemId: string) =>
  api<{ itemId: string; change: 'changed' | 'removed' }>(`/api/plans/${planId}/updates/${itemId}/accept`, { method: 'POST', json: {} });

export function useAcceptSourceUpdate(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => acceptSourceUpdate(planId, itemId),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['consolidation', planId] }), client.invalidateQueries({ queryKey: ['plans'] })]),
  });
}
