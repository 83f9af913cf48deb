import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PlanVersion } from '../model/types';

export const listVersions = (planId: string) => api<{ versions: PlanVersion[] }>(`/api/plans/${planId}/versions`).then((r) => r.versions);

export const versionsQuery = (planId: string) => queryOptions({ queryKey: ['versions', planId, 'list'], queryFn: () => listVersions(planId) });

export const useVersions = (planId: string) => useQuery(versionsQuery(planId));
