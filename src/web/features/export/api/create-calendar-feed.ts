import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface CalendarFeed {
  id: string;
  planId: string | null;
  organizationId: string | null;
  createdAt: string;
  /** The secret URL for calendar apps; the server shows it only in this answer. */
  url: string;
}

export const createCalendarFeed = (body: { planId?: string; organizationId?: string }) => api<CalendarFeed>('/api/calendar-feeds', { method: 'POST', json: body });

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}
