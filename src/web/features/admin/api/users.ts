import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RoleCode, User } from '../model/types';

const key = ['admin', 'users'] as const;

export const useUsers = () => useQuery({ queryKey: key, queryFn: () => api<{ users: User[] }>('/api/users').then((r) => r.users) });

function useUserMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export interface NewUser {
  login: string;
  displayName: string;
  organizationId: string;
  roles: RoleCode[];
  password: string;
  email: string | null;
  personId: string | null;
}

export interface UserPatch {
  displayName?: string;
  organizationId?: string;
  roles?: RoleCode[];
  email?: string | null;
  personId?: string | null;
  disabled?: boolean;
}

export const useCreateUser = () => useUserMutation((input: NewUser) => api<User>('/api/users', { method: 'POST', json: input }));
export const useUpdateUser = () =>
  useUserMutation(({ id, ...patch }: UserPatch & { id: string }) => api<User>(`/api/users/${id}`, { method: 'PATCH', json: patch }));
export const useResetPassword = () =>
  useUserMutation(({ id, password }: { id: string; password: string }) => api<void>(`/api/users/${id}/password`, { method: 'POST', json: { password } }));
