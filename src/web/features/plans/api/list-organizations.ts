import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Organization } from '../model/types';

export const listOrganizations = () => api<{ organizations: Organization[] }>('/api/organizations').then((r) => r.organizations);

export const organizationsQuery = queryOptions({ queryKey: ['organizations'], queryFn: listOrganizations, staleTime: 10 * 60_000 });

export const useOrganizations = () => useQuery(organizationsQuery);
