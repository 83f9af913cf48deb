import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Plan } from '../model/types';
import { planKey } from './get-plan';

/** The act that approves a plan or an amendment. */
export interface ActInput {
  kind: string;
  authority: string;
  date: string;
  number: string;
  appendix?: string | null;
}

export const approvePlan = (id: string, act: ActInput) => api<Plan>(`/api/plans/${id}/approve`, { method: 'POST', json: { act } });
export const startAmendment = (id: string) => api<Plan>(`/api/plans/${id}/amendments`, { method: 'POST', json: {} });
export const approveAmendment = (id: string, act: ActInput) => api<Plan>(`/api/plans/${id}/amendments/current/approve`, { method: 'POST', json: { act } });
/** After the plan's year: executed, archived, or approved again (reopened). */
export type ClosingStatus = 'executed' | 'archived' | 'approved';
export const setPlanStatus = (id: string, status: ClosingStatus) => api<Plan>(`/api/plans/${id}/status`, { method: 'POST', json: { status } });
export const discardAmendment = (id: string) => api<Plan>(`/api/plans/${id}/amendments/current`, { method: 'DELETE' });

/** Approval and amendment transitions; each answers with the plan as it now is (its гриф recomputed on refetch). */
export function usePlanTransition<A>(id: string, call: (id: string, arg: A) => Promise<Plan>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (arg: A) => call(id, arg),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKey(id) });
      void client.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}
