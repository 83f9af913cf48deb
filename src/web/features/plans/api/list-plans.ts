import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';
import type { PlanSummary } from '../model/types';

export interface PlanFilters {
  organizationId?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
  status?: string | undefined;
}

export const listPlans = (filters: PlanFilters) => api<{ plans: PlanSummary[] }>(`/api/plans${qs({ ...filters, limit: 500 })}`).then((r) => r.plans);

export const plansQuery = (filters: PlanFilters = {}) =>
  queryOptions({ queryKey: ['plans', 'list', filters], queryFn: () => listPlans(filters), placeholderData: keepPreviousData });

export const usePlans = (filters: PlanFilters = {}) => useQuery(plansQuery(filters));
