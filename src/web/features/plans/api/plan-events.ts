import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planElectionsResponse } from '../../../../shared/execution-api';
import type { planEventsResponse } from '../../../../shared/execution-responses';
import { api } from '../../../lib/api-client';
import { planKey } from './get-plan';

export type PlanElections = z.infer<typeof planElectionsResponse>;
export type PlanElection = PlanElections['elections'][number];

export type PlanEventsView = z.infer<typeof planEventsResponse>;

export const electionsKey = (planId: string) => ['plans', 'elections', planId] as const;
export const eventsKey = (planId: string) => ['plans', 'events', planId] as const;

export const electionsQuery = (planId: string) =>
  queryOptions({ queryKey: electionsKey(planId), queryFn: () => api<PlanElections>(`/api/plans/${planId}/elections`) });
export const eventsQuery = (planId: string) => queryOptions({ queryKey: eventsKey(planId), queryFn: () => api<PlanEventsView>(`/api/plans/${planId}/events`) });

export const usePlanElections = (planId: string, enabled = true) => useQuery({ ...electionsQuery(planId), enabled });
export const usePlanEvents = (planId: string, enabled = true) => useQuery({ ...eventsQuery(planId), enabled });

/** Dates of items change on the server with an election or an event: the plan, its events and occurrences are refetched. */
function useRefreshPlan(planId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: planKey(planId) });
    void client.invalidateQueries({ queryKey: electionsKey(planId) });
    void client.invalidateQueries({ queryKey: eventsKey(planId) });
    void client.invalidateQueries({ queryKey: ['occurrences'] });
  };
}

export function useAttachElection(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (input: { name: string; votingDay: string; votingDays: number; calledOn: string | null }) =>
      api(`/api/plans/${planId}/elections`, { method: 'POST', json: input }),
    onSuccess: refresh,
  });
}

export function useSetPlanEvent(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (input: { key: string; label?: string | null; date: string | null }) =>
      api<PlanEventsView>(`/api/plans/${planId}/events/${encodeURIComponent(input.key)}`, {
        method: 'PUT',
        json: { label: input.label ?? null, date: input.date },
      }),
    onSuccess: refresh,
  });
}

export function useUpdateElection(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (input: { id: string; name: string; votingDay: string; votingDays: number; calledOn: string | null }) =>
      api(`/api/plans/${planId}/elections/${input.id}`, { method: 'PATCH', json: { name: input.name, votingDay: input.votingDay, calledOn: input.calledOn } }),
    onSuccess: refresh,
  });
}

export function useDeleteElection(planId: string) {
  const refresh = useRefreshPlan(planId);
  return useMutation({
    mutationFn: (id: string) => api(`/api/plans/${planId}/elections/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}
