import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PlanDraft } from '../../../../shared/plan-format';

export interface ConfirmResult {
  plan: { id: string; title: string };
  itemCount: number;
}

export const confirmImport = (id: string, body: { draft?: PlanDraft; organizationId?: string }) =>
  api<ConfirmResult>(`/api/imports/${id}/confirm`, { method: 'POST', json: body });

export function useConfirmImport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { draft?: PlanDraft; organizationId?: string }) => confirmImport(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans'] }),
  });
}
