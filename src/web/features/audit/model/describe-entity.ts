import type { AuditEvent } from './types';

const nameKeys = ['title', 'name', 'displayName', 'login', 'fileName'] as const;

/**
 * A short human name of the changed object from its before/after state
 * («2.3 «Семинар для председателей ТИК»»), so the table says what changed
 * without opening the row. Empty when the state says nothing useful.
 */
export function describeEntity(event: Pick<AuditEvent, 'before' | 'after'>): string {
  const state = (isObject(event.after) ? event.after : isObject(event.before) ? event.before : null) as Record<string, unknown> | null;
  if (!state) return '';
  const number = typeof state.number === 'string' ? state.number : '';
  const name = nameKeys.map((k) => state[k]).find((v): v is string => typeof v === 'string' && v.length > 0) ?? '';
  const short = name.length > 90 ? `${name.slice(0, 89)}…` : name;
  return [number, short ? `«${short}»` : ''].filter(Boolean).join(' ');
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
