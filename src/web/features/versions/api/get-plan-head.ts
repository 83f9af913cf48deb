import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface PlanHead {
  id: string;
  title: string;
  status: string;
}

export const getPlanHead = (planId: string) => api<PlanHead>(`/api/plans/${planId}`).then(({ id, title, status }) => ({ id, title, status }));

/** The plan's title for the heading (the plans feature owns the full plan; this keeps only what the page shows). */
export const planHeadQuery = (planId: string) => queryOptions({ queryKey: ['versions', planId, 'head'], queryFn: () => getPlanHead(planId), staleTime: 60_000 });

export const usePlanHead = (planId: string) => useQuery(planHeadQuery(planId));
