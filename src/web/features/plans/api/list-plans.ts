import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';
import type { PlanSummary } from '../model/types';

export interface PlanFilters {
  organizationId?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  /** `all` adds the plans other commissions published; the list starts with the user's own. */
  scope?: 'mine' | 'all' | undefined;
}

/** Plans per page: the country holds thousands; the list loads more on request and says how many there are. */
export const PLANS_PAGE = 100;

export interface PlanPage {
  plans: PlanSummary[];
  total: number;
}

export const listPlans = (filters: PlanFilters, offset: number) =>
  api<PlanPage>(`/api/plans${qs({ ...filters, scope: filters.scope ?? 'mine', limit: PLANS_PAGE, offset })}`);

export const plansQuery = (filters: PlanFilters = {}) =>
  infiniteQueryOptions({
    queryKey: ['plans', 'list', filters],
    queryFn: ({ pageParam }) => listPlans(filters, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.plans.length, 0);
      return last.plans.length > 0 && loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });

export const usePlans = (filters: PlanFilters = {}) => useInfiniteQuery(plansQuery(filters));
