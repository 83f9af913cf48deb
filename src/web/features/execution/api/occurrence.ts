import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OccurrenceDetail } from '../model/types';

export const occurrenceKey = (id: string) => ['execution', 'occurrence', id] as const;

export const getOccurrence = (id: string) => api<OccurrenceDetail>(`/api/occurrences/${id}`);

export const occurrenceQuery = (id: string) => queryOptions({ queryKey: occurrenceKey(id), queryFn: () => getOccurrence(id) });

export const useOccurrence = (id: string | null) => useQuery({ ...occurrenceQuery(id ?? ''), enabled: Boolean(id) });
