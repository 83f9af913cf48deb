import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type RollupState = 'no_annual' | 'not_planned' | 'not_started' | 'in_progress' | 'overdue' | 'done';

export interface RollupTally {
  total: number;
  done: number;
  closedOther: number;
  submitted: number;
  overdue: number;
  open: number;
}

export interface ProgrammeProgress {
  annualPlans: { id: string; title: string; year: number | null; status: string }[];
  items: {
    itemId: string;
    number: string;
    title: string;
    annual: { planId: string; year: number | null; itemId: string; tally: RollupTally; state: RollupState }[];
    tally: RollupTally;
    state: RollupState;
  }[];
  totals: RollupTally;
}

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
