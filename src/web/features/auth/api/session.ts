import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { meResponse } from '../../../../shared/directory-api';
import { api, ApiError } from '../../../lib/api-client';
import type { Locale } from '../../../../shared/locale';

/** The answer of GET /api/auth/me (its response contract in src/shared). */
export type Me = z.infer<typeof meResponse>;

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

/** Remembers the interface language for the signed-in user; null returns to the organisation's default. */
export function useSaveLocale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale | null) => api<{ language: NonNullable<Me['language']> }>('/api/auth/profile', { method: 'PATCH', json: { locale } }),
    onSuccess: ({ language }) => client.setQueryData<Me | null>(meQuery.queryKey, (me) => (me ? { ...me, language } : me)),
  });
}
