import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface PlanOption {
  id: string;
  title: string;
  organizationId: string;
}

export const listPlanOptions = () => api<{ plans: PlanOption[] }>('/api/plans?limit=500').then((r) => r.plans);

/** The plans the reader can see, for the plan filter and for naming an event's plan. */
export const planOptionsQuery = queryOptions({ queryKey: ['audit', 'plans'], queryFn: listPlanOptions, staleTime: 60_000 });

export const usePlanOptions = () => useQuery(planOptionsQuery);
