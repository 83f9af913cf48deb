import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Plan } from '../model/types';

export const getPlan = (id: string) => api<Plan>(`/api/plans/${id}`);

export const planKey = (id: string) => ['plans', 'detail', id] as const;

export const planQuery = (id: string) => queryOptions({ queryKey: planKey(id), queryFn: () => getPlan(id) });

export const usePlan = (id: string) => useQuery(planQuery(id));
