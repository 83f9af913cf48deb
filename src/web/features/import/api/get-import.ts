import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ImportRecord } from './types';

export const getImport = (id: string) => api<ImportRecord>(`/api/imports/${id}`);

export const importQuery = (id: string) => queryOptions({ queryKey: ['imports', id], queryFn: () => getImport(id), staleTime: Infinity });

export const useImport = (id: string | undefined) => useQuery({ ...importQuery(id ?? ''), enabled: Boolean(id) });
