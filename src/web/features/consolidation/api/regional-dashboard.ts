import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RegionalDashboard } from '../../../../shared/consolidation-api';

export const getRegionalDashboard = (organizationId: string, year: number) =>
  api<RegionalDashboard>(`/api/organizations/${organizationId}/consolidation?year=${year}`);

export const regionalDashboardQuery = (organizationId: string, year: number) =>
  queryOptions({ queryKey: ['consolidation', 'dashboard', organizationId, year], queryFn: () => getRegionalDashboard(organizationId, year) });

export const useRegionalDashboard = (organizationId: string, year: number) => useQuery(regionalDashboardQuery(organizationId, year));
