import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PlanHead, PlanVersion } from '../model/types';

export const listVersions = (planId: string) => api<{ plan: PlanHead; versions: PlanVersion[] }>(`/api/plans/${planId}/versions`);

export const versionsQuery = (planId: string) => queryOptions({ queryKey: ['versions', planId, 'list'], queryFn: () => listVersions(planId) });

export const useVersions = (planId: string) => useQuery(versionsQuery(planId));
