import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';
import type { CompareTarget, VersionDiff } from '../model/types';

export const getDiff = (planId: string, from: number, to: CompareTarget) =>
  api<VersionDiff>(`/api/plans/${planId}/diff${qs({ from, to: to === 'current' ? null : to })}`);

/** Kept while the next comparison loads, so the page does not jump when a select changes. */
export const diffQuery = (planId: string, from: number, to: CompareTarget) =>
  queryOptions({ queryKey: ['versions', planId, 'diff', from, to], queryFn: () => getDiff(planId, from, to), placeholderData: keepPreviousData });

export const useDiff = (planId: string, comparison: { from: number; to: CompareTarget } | null) =>
  useQuery({ ...diffQuery(planId, comparison?.from ?? 0, comparison?.to ?? 'current'), enabled: comparison !== null });
