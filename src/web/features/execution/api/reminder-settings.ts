import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface ReminderSettings {
  enabled: boolean;
  email: string | null;
  days: number;
  configured: boolean;
}

const key = ['execution', 'reminders'] as const;

export const useReminderSettings = () => useQuery({ queryKey: key, queryFn: () => api<ReminderSettings>('/api/me/reminders') });

export function useUpdateReminderSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => api<ReminderSettings>('/api/me/reminders', { method: 'PUT', json: { enabled } }),
    onSuccess: (data) => client.setQueryData(key, data),
  });
}

export interface ReminderStatus {
  configured: boolean;
  smtp: string | null;
  schedule: string;
  job: { nextRunAt: string | null; lastFinishedAt: string | null; lastError: string | null } | null;
  counts: Record<string, number>;
  failures: { id: string; login: string; email: string; subject: string; attempts: number; lastError: string | null; nextAttemptAt: string | null }[];
}

export const useReminderStatus = (enabled: boolean) =>
  useQuery({ queryKey: ['execution', 'reminder-status'], queryFn: () => api<ReminderStatus>('/api/admin/reminders'), enabled });
