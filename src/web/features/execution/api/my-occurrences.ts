import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';
import type { MyOccurrences, MyPlan } from '../model/types';

export const myOccurrencesKey = ['execution', 'me'] as const;

export const getMyOccurrences = (state: string, planId?: string) => api<MyOccurrences>(`/api/me/occurrences${qs({ state, planId })}`);

export const myOccurrencesQuery = (state = 'all', planId?: string) =>
  queryOptions({ queryKey: [...myOccurrencesKey, 'occurrences', state, planId ?? null], queryFn: () => getMyOccurrences(state, planId) });

export const useMyOccurrences = (state = 'all', planId?: string) => useQuery(myOccurrencesQuery(state, planId));

export const getMyPlans = () => api<{ plans: MyPlan[] }>('/api/me/plans').then((r) => r.plans);

export const useMyPlans = () => useQuery({ queryKey: [...myOccurrencesKey, 'plans'], queryFn: getMyPlans });
