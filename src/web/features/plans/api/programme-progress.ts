import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { programmeProgressResponse } from '../../../../shared/execution-api';
import { api } from '../../../lib/api-client';

export type ProgrammeProgress = z.infer<typeof programmeProgressResponse>;
export type RollupTally = ProgrammeProgress['totals'];
export type RollupState = ProgrammeProgress['items'][number]['state'];

const key = (planId: string) => ['plans', 'programme-progress', planId] as const;

/** A programme's progress rolled up from its annual plans (403 for executors: the panel then stays hidden). */
export const useProgrammeProgress = (planId: string, enabled: boolean) =>
  useQuery({ queryKey: key(planId), queryFn: () => api<ProgrammeProgress>(`/api/plans/${planId}/programme-progress`), enabled, retry: false });

/** The programme's annual plan for a year (its items for that year, each linked to its programme item). */
export function useCreateAnnualPlan(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => api<{ id: string }>(`/api/plans/${planId}/annual-plans`, { method: 'POST', json: { year } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key(planId) });
      void client.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}
