import { qs } from '../../../lib/api-client';
import { filterKeys, type AuditFilters } from './types';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the filters from the address. Values the server would reject with 400
 * (a malformed date or id typed into the address) are dropped here, so a bad link
 * still opens the journal instead of an error.
 */
export function filtersFromSearch(params: URLSearchParams): AuditFilters {
  const out: AuditFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !isoDate.test(value)) continue;
    if ((key === 'planId' || key === 'actorId') && !uuid.test(value)) continue;
    out[key] = value;
  }
  return out;
}

/** The address query for the filters, in a stable key order (also the CSV link's). */
export const filtersQuery = (filters: AuditFilters): string => qs(Object.fromEntries(filterKeys.map((k) => [k, filters[k]])));

export const csvHref = (filters: AuditFilters): string => `/api/audit.csv${filtersQuery(filters)}`;
