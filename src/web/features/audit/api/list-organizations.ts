import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface OrganizationName {
  id: string;
  name: string;
  shortName: string | null;
}

export const listOrganizationNames = () => api<{ organizations: OrganizationName[] }>('/api/organizations').then((r) => r.organizations);

/** Organisation names for the events: an event carries only the id. The key is the one every page uses for /api/organizations: one cached copy. */
export const organizationNamesQuery = queryOptions({ queryKey: ['organizations'], queryFn: listOrganizationNames, staleTime: 10 * 60_000 });

export const useOrganizationNames = () => useQuery(organizationNamesQuery);
