import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InboxNotice } from '../../../../shared/execution-control-api';
import { api } from '../../../lib/api-client';

export type { InboxNotice };

const key = ['notices'] as const;

export const useInbox = () => useQuery({ queryKey: [...key, 'list'], queryFn: () => api<{ unread: number; notices: InboxNotice[] }>('/api/me/inbox') });

/** The header's count: asked again every few minutes, so a notice of today's run shows up without a reload. */
export const useUnreadNotices = () =>
  useQuery({ queryKey: [...key, 'unread'], queryFn: () => api<{ unread: number }>('/api/me/inbox/unread'), refetchInterval: 300_000 });

export function useMarkNoticesRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { all: true } | { notices: Pick<InboxNotice, 'kind' | 'id'>[] }) =>
      api<{ unread: number }>('/api/me/inbox/read', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
