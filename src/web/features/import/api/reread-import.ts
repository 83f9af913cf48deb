import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ImportOverrides } from '../../../../shared/plan-format';
import type { ImportRecord } from './types';

/** The server reads the kept file again with the user's corrections (the whole set each time). */
export const rereadImport = (id: string, overrides: ImportOverrides) => api<ImportRecord>(`/api/imports/${id}/reread`, { method: 'POST', json: { overrides } });

export const useRereadImport = (id: string) => useMutation({ mutationFn: (overrides: ImportOverrides) => rereadImport(id, overrides) });
