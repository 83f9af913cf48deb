import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';

export interface SearchResult {
  type: 'plan' | 'item';
  plan: { id: string; title: string };
  item: { id: string; number: string; title: string } | null;
  snippet: { text: string; match: boolean }[];
}

export const search = (q: string) => api<{ results: SearchResult[] }>(`/api/search${qs({ q, limit: 50 })}`).then((r) => r.results);

export const searchQuery = (q: string) =>
  queryOptions({ queryKey: ['search', q], queryFn: () => search(q), enabled: q.trim().length > 1, placeholderData: keepPreviousData });

export const useSearch = (q: string) => useQuery(searchQuery(q));
