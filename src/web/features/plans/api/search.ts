import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { searchResponse } from '../../../../shared/plan-responses';
import { api, qs } from '../../../lib/api-client';

export type SearchResult = z.infer<typeof searchResponse>['results'][number];

export const search = (q: string) => api<{ results: SearchResult[] }>(`/api/search${qs({ q, limit: 50 })}`).then((r) => r.results);

export const searchQuery = (q: string) =>
  queryOptions({ queryKey: ['search', q], queryFn: () => search(q), enabled: q.trim().length > 1, placeholderData: keepPreviousData });

export const useSearch = (q: string) => useQuery(searchQuery(q));
