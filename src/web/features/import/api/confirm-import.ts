import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { importConfirmedResponse } from '../../../../shared/plan-responses';
import { api } from '../../../lib/api-client';
import type { PlanDraft } from '../../../../shared/plan-format';

export type ConfirmResult = z.infer<typeof importConfirmedResponse>;

export const confirmImport = (id: string, body: { draft?: PlanDraft; organizationId?: string }) =>
  api<ConfirmResult>(`/api/imports/${id}/confirm`, { method: 'POST', json: body });

export function useConfirmImport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { draft?: PlanDraft; organizationId?: string }) => confirmImport(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans'] }),
  });
}
