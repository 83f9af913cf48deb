import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ConsolidatedBody } from '../../../../shared/consolidation-api';

export const buildConsolidated = (input: ConsolidatedBody) =>
  api<{ id: string; created: boolean; added: number; pendingUpdates: number }>('/api/plans/consolidated', { method: 'POST', json: input });

export function useBuildConsolidated() {
  const client = useQueryClient();
  return useMutation({ mutationFn: buildConsolidated, onSuccess: () => client.invalidateQueries({ queryKey: ['consolidation'] }) });
}
