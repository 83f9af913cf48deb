import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const deletePlan = (id: string) => api<void>(`/api/plans/${id}`, { method: 'DELETE' });

export function useDeletePlan() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deletePlan, onSuccess: () => client.invalidateQueries({ queryKey: ['plans', 'list'] }) });
}
