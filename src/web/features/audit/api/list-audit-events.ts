import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api-client';
import type { AuditEvent, AuditFilters } from '../model/types';

export const auditPageSize = 50;

export const listAuditEvents = (filters: AuditFilters, beforeId?: number) =>
  api<{ events: AuditEvent[] }>(`/api/audit${qs({ ...filters, beforeId, limit: auditPageSize })}`).then((r) => r.events);

/** Newest first; «Показать еще» asks for the events older than the last one shown (keyset, stable while new events arrive). */
export const auditEventsQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam }) => listAuditEvents(filters, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length < auditPageSize ? undefined : last[last.length - 1]!.id),
  });

export const useAuditEvents = (filters: AuditFilters) => useInfiniteQuery(auditEventsQuery(filters));
