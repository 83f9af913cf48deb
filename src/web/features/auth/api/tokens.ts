import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { apiTokenCreatedResponse, apiTokenResponse, TokenScope } from '../../../../shared/directory-api';
import { api } from '../../../lib/api-client';

export type { TokenScope };
export type ApiToken = z.infer<typeof apiTokenResponse>;

const key = ['auth', 'tokens'] as const;

export const useTokens = () => useQuery({ queryKey: key, queryFn: () => api<{ tokens: ApiToken[] }>('/api/tokens').then((r) => r.tokens) });

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: TokenScope[] }) => api<z.infer<typeof apiTokenCreatedResponse>>('/api/tokens', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
