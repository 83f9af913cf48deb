import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface UserOption {
  id: string;
  login: string;
  displayName: string;
}

export const listUserOptions = () => api<{ users: UserOption[] }>('/api/users').then((r) => r.users);

export const userOptionsQuery = (enabled: boolean) => queryOptions({ queryKey: ['audit', 'users'], queryFn: listUserOptions, enabled, staleTime: 60_000 });

/** Only administrators may list users (others get 403): the query is off for them and the filter hidden. */
export const useUserOptions = (enabled: boolean) => useQuery(userOptionsQuery(enabled));
