import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface OrganizationOption {
  id: string;
  name: string;
  shortName: string | null;
}

// Same cache key as the plans feature's copy: features do not import each other, the cache is shared.
export const organizationsQuery = queryOptions({
  queryKey: ['organizations'],
  queryFn: () => api<{ organizations: OrganizationOption[] }>('/api/organizations').then((r) => r.organizations),
  staleTime: 10 * 60_000,
});

export const useOrganizations = () => useQuery(organizationsQuery);
