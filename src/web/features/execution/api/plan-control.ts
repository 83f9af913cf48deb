import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface ClosedPeriod {
  id: string;
  from: string;
  to: string;
  label: string;
  act: { kind: string | null; authority: string | null; date: string | null; number: string | null };
  closedByName: string | null;
  closedAt: string;
}

export interface PeriodAct {
  kind: string;
  authority: string;
  date: string;
  number: string;
}

export const usePlanEscalation = (planId: string) =>
  useQuery({
    queryKey: ['execution', 'plan', planId, 'escalation'],
    queryFn: () => api<{ escalationDays: number }>(`/api/plans/${planId}/escalation`),
  });

export function useSetEscalationDays(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => api<{ escalationDays: number }>(`/api/plans/${planId}/escalation`, { method: 'PUT', json: { days } }),
    onSuccess: (data) => client.setQueryData(['execution', 'plan', planId, 'escalation'], data),
  });
}

export const usePlanPeriods = (planId: string) =>
  useQuery({
    queryKey: ['execution', 'plan', planId, 'periods'],
    queryFn: () => api<{ canClose: boolean; closed: ClosedPeriod[] }>(`/api/plans/${planId}/periods`),
  });

export function useClosePeriod(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { from: string; to: string; act: PeriodAct }) => api<ClosedPeriod>(`/api/plans/${planId}/periods`, { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['execution', 'plan', planId] }),
  });
}
