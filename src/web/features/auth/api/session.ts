import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';

export interface Me {
  user: { id: string; login: string; displayName: string; organizationId: string; roles: string[]; mustChangePassword?: boolean };
  organization: { id: string; name: string; shortName: string | null } | null;
}

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await api<Me>('/api/auth/me');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export const useMe = () => useQuery(meQuery);

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { login: string; password: string }) => api('/api/auth/login', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/auth/logout', { method: 'POST' }),
    onSuccess: () => client.clear(),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api<void>('/api/auth/password', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries(),
  });
}
