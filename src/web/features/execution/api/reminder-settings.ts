import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reminderSettingsResponse, reminderStatusResponse } from '../../../../shared/execution-responses';
import { api } from '../../../lib/api-client';

export type ReminderSettings = z.infer<typeof reminderSettingsResponse>;

const key = ['execution', 'reminders'] as const;

export const useReminderSettings = () => useQuery({ queryKey: key, queryFn: () => api<ReminderSettings>('/api/me/reminders') });

export function useUpdateReminderSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => api<ReminderSettings>('/api/me/reminders', { method: 'PUT', json: { enabled } }),
    onSuccess: (data) => client.setQueryData(key, data),
  });
}

export type ReminderStatus = z.infer<typeof reminderStatusResponse>;

export const useReminderStatus = (enabled: boolean) =>
  useQuery({ queryKey: ['execution', 'reminder-status'], queryFn: () => api<ReminderStatus>('/api/admin/reminders'), enabled });
