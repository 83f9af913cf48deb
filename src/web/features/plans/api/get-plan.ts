import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Plan } from '../model/types';

export const getPlan = (id: string) => api<Plan>(`/api/plans/${id}`);

export const planKey = (id: string) => ['plans', 'detail', id] as const;

// Edits invalidate the plan explicitly; a short stale time lets a prefetch at start-up serve the first render.
export const planQuery = (id: string) => queryOptions({ queryKey: planKey(id), queryFn: () => getPlan(id), staleTime: 15_000 });

export const usePlan = (id: string) => useQuery(planQuery(id));
