import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface CopyInput {
  period: { start: string; end: string };
  carryOver: boolean;
}

export const copyPlan = (id: string, input: CopyInput) =>
  api<{ id: string; itemCount: number; carriedOver: number }>(`/api/plans/${id}/copy`, { method: 'POST', json: input });

export function useCopyPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CopyInput) => copyPlan(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans', 'list'] }),
  });
}
