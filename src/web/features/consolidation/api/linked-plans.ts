import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LinkedPlan } from '../../../../shared/consolidation-api';

export const listLinkedPlans = (planId: string) => api<{ plans: LinkedPlan[] }>(`/api/plans/${planId}/linked`);

export const linkedPlansQuery = (planId: string) => queryOptions({ queryKey: ['consolidation', planId, 'linked'], queryFn: () => listLinkedPlans(planId) });

export const useLinkedPlans = (planId: string) => useQuery(linkedPlansQuery(planId));
