import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';
import type { Organization, OrganizationKind, Person, Unit } from '../model/types';
import type { Locale } from '../../../../shared/locale';

const key = ['admin', 'directory'] as const;

// The key every page uses for /api/organizations, so that one cached copy serves them all.
export const organizationsQuery = queryOptions({
  queryKey: ['organizations'],
  queryFn: () => api<{ organizations: Organization[] }>('/api/organizations').then((r) => r.organizations),
});
export const useOrganizations = () => useQuery(organizationsQuery);

export const useUnits = () => useQuery({ queryKey: [...key, 'units'], queryFn: () => api<{ units: Unit[] }>('/api/units').then((r) => r.units) });

export const usePeople = (organizationId: string | null) =>
  useQuery({
    queryKey: [...key, 'people', organizationId],
    queryFn: () => api<{ people: Person[] }>(`/api/people${qs({ organizationId })}`).then((r) => r.people),
    enabled: Boolean(organizationId),
  });

/** Other pages cache the same lists under these keys (plan executors, import owner). */
const sharedKeys = [key, ['organizations'], ['people']] as const;

/** A change to the directory refreshes every cached copy of it. */
function useDirectoryMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(sharedKeys.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export interface OrganizationInput {
  kind: OrganizationKind;
  name: string;
  shortName: string | null;
  parentId: string | null;
  timeZone: string;
  defaultLocale: Locale;
}

export const useCreateOrganization = () =>
  useDirectoryMutation((input: OrganizationInput) => api<Organization>('/api/organizations', { method: 'POST', json: input }));
export const useUpdateOrganization = () =>
  useDirectoryMutation(({ id, ...patch }: Partial<OrganizationInput> & { id: string }) =>
    api<Organization>(`/api/organizations/${id}`, { method: 'PATCH', json: patch }),
  );
export const useDeleteOrganization = () => useDirectoryMutation((id: string) => api<void>(`/api/organizations/${id}`, { method: 'DELETE' }));

export interface UnitInput {
  name: string;
  shortName: string | null;
}
export const useCreateUnit = () =>
  useDirectoryMutation(({ organizationId, ...input }: UnitInput & { organizationId: string }) =>
    api<Unit>(`/api/organizations/${organizationId}/units`, { method: 'POST', json: input }),
  );
export const useUpdateUnit = () =>
  useDirectoryMutation(({ id, ...patch }: UnitInput & { id: string }) => api<Unit>(`/api/units/${id}`, { method: 'PATCH', json: patch }));
export const useDeleteUnit = () => useDirectoryMutation((id: string) => api<void>(`/api/units/${id}`, { method: 'DELETE' }));

export interface PersonInput {
  fullName: string;
  shortName: string;
  position: string | null;
  unitId: string | null;
  email: string | null;
}
export const useCreatePerson = () =>
  useDirectoryMutation((input: PersonInput & { organizationId: string }) => api<Person>('/api/people', { method: 'POST', json: input }));
export const useUpdatePerson = () =>
  useDirectoryMutation(({ id, ...patch }: PersonInput & { id: string }) => api<Person>(`/api/people/${id}`, { method: 'PATCH', json: patch }));
export const useDeletePerson = () => useDirectoryMutation((id: string) => api<void>(`/api/people/${id}`, { method: 'DELETE' }));
