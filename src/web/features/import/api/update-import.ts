import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PlanDraft } from '../../../../shared/plan-format';
import type { ImportRecord } from './types';

export const updateImport = (id: string, draft: PlanDraft) => api<ImportRecord>(`/api/imports/${id}`, { method: 'PATCH', json: { draft } });

export const useUpdateImport = (id: string) => useMutation({ mutationFn: (draft: PlanDraft) => updateImport(id, draft) });
