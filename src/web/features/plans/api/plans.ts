import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface PlanSummary {
  id: string;
  title: string;
  kind: string;
  status: string;
  period: { start: string; end: string } | null;
  itemCount: number;
  updatedAt: string;
}

export const plansQuery = queryOptions({
  queryKey: ['plans'],
  queryFn: () => api<{ plans: PlanSummary[] }>('/api/plans').then((r) => r.plans),
});

export const usePlans = () => useQuery(plansQuery);
