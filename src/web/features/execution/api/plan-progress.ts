import { getLocale } from '../../../i18n/t';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';
import type { OccurrenceItem, Progress } from '../model/types';

export const getPlanProgress = (planId: string) => api<Progress>(`/api/plans/${planId}/progress`);

export const usePlanProgress = (planId: string) => useQuery({ queryKey: ['execution', 'progress', planId], queryFn: () => getPlanProgress(planId) });

export interface DrillFilter {
  section?: string | undefined;
  item?: string | undefined;
  executor?: string | undefined;
  month?: string | undefined;
  outcome?: string | undefined;
}

export const getPlanOccurrences = (planId: string, filter: DrillFilter) =>
  api<{ occurrences: OccurrenceItem[] }>(`/api/plans/${planId}/occurrences${qs({ ...filter })}`).then((r) => r.occurrences);

export const usePlanOccurrences = (planId: string, filter: DrillFilter | null) =>
  useQuery({
    queryKey: ['execution', 'plan-occurrences', planId, filter],
    queryFn: () => getPlanOccurrences(planId, filter ?? {}),
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });

/** Address of the execution report document (the browser downloads it with the session cookie). */
// The report's headings and analytic text follow the interface language; the plan's texts stay as written.
export const executionReportUrl = (planId: string, from: string, to: string, format: 'docx' | 'pdf') =>
  `/api/plans/${planId}/execution-report${qs({ from, to, format, lang: getLocale() })}`;
