import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Plan } from '../model/types';

export interface PlanCreateInput {
  kind: string;
  title: string;
  period?: { start: string; end: string } | null;
}

export const createPlan = (input: PlanCreateInput) => api<Plan>('/api/plans', { method: 'POST', json: input });

export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createPlan, onSuccess: () => client.invalidateQueries({ queryKey: ['plans', 'list'] }) });
}
