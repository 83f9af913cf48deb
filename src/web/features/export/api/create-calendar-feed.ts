import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { calendarFeedCreatedResponse } from '../../../../shared/directory-api';
import { api } from '../../../lib/api-client';

/** The created feed with its secret URL for calendar apps (the server shows it only in this answer). */
export type CalendarFeed = z.infer<typeof calendarFeedCreatedResponse>;

export const createCalendarFeed = (body: { planId?: string; organizationId?: string }) =>
  api<CalendarFeed>('/api/calendar-feeds', { method: 'POST', json: body });

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}
