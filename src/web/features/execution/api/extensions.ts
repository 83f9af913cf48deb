import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Extension } from '../../../../shared/execution-control-api';
import { api } from '../../../lib/api-client';

export type { Extension };

/** Extension requests of one occurrence, with what the user may do about them. */
export const useOccurrenceExtensions = (occurrenceId: string | null) =>
  useQuery({
    queryKey: ['execution', 'occurrence', occurrenceId, 'extensions'],
    queryFn: () => api<{ canRequest: boolean; canDecide: boolean; extensions: Extension[] }>(`/api/occurrences/${occurrenceId}/extensions`),
    enabled: Boolean(occurrenceId),
  });

export function useRequestExtension(occurrenceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { newDate: string; reason: string }) => api<Extension>(`/api/occurrences/${occurrenceId}/extensions`, { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['execution'] }),
  });
}

export function useDecideExtension() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string; decision: 'approve' | 'refuse'; comment: string | null }) =>
      api<Extension>(`/api/extensions/${id}/decision`, { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['execution'] }),
  });
}
