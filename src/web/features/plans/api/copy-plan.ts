import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { unfinishedItemsResponse } from '../../../../shared/plan-api';
import { api } from '../../../lib/api-client';

export interface CopyInput {
  period: { start: string; end: string };
  carryOver: boolean;
  /** The unfinished items chosen for carry-over; absent — all of them. */
  carryOverItemIds?: string[];
}

export type UnfinishedItem = z.infer<typeof unfinishedItemsResponse>['items'][number];

/** What a copy with carry-over would carry: the plan's unfinished items. */
export const useUnfinishedItems = (planId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['plans', 'unfinished', planId],
    queryFn: () => api<{ items: UnfinishedItem[] }>(`/api/plans/${planId}/unfinished-items`),
    enabled,
    staleTime: 0,
  });

export const copyPlan = (id: string, input: CopyInput) =>
  api<{ id: string; itemCount: number; carriedOver: number }>(`/api/plans/${id}/copy`, { method: 'POST', json: input });

export function useCopyPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CopyInput) => copyPlan(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans', 'list'] }),
  });
}
