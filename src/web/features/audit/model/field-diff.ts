import { t } from '../../../i18n/t';
/** One row of the before/after comparison: a field path and both values as text. */
export interface FieldChange {
  path: string;
  before: string | null;
  after: string | null;
}

const MAX_DEPTH = 4;

/**
 * Flattens a JSON value into path → text. Objects nest by «.», arrays of scalars
 * become one comma-separated value (executors lists, roles), arrays of objects
 * nest by index. Deeper than MAX_DEPTH the rest is shown as JSON text.
 */
export function flatten(value: unknown, prefix = '', depth = 0, out = new Map<string, string>()): Map<string, string> {
  if (value === null || value === undefined) {
    if (prefix) out.set(prefix, '');
    return out;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(prefix, value.map((v) => scalar(v)).join(', '));
    else if (depth >= MAX_DEPTH) out.set(prefix, JSON.stringify(value));
    else if (value.length === 0) out.set(prefix, '');
    else value.forEach((v, i) => flatten(v, `${prefix}[${i + 1}]`, depth + 1, out));
    return out;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (depth >= MAX_DEPTH) out.set(prefix, JSON.stringify(value));
    else if (entries.length === 0 && prefix) out.set(prefix, '');
    else for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, depth + 1, out);
    return out;
  }
  out.set(prefix || '—', scalar(value));
  return out;
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  return String(v);
}

/**
 * The fields that differ between before and after: the fields of before in
 * their order, then those only after has. When one side is missing (a creation or a deletion) every field of the
 * other side is listed.
 */
export function fieldDiff(before: unknown, after: unknown): FieldChange[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  const a = hasBefore ? flatten(before) : new Map<string, string>();
  const b = hasAfter ? flatten(after) : new Map<string, string>();
  const out: FieldChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(path);
    const y = b.get(path);
    if (hasBefore && hasAfter && (x ?? '') === (y ?? '')) continue;
    out.push({ path, before: hasBefore ? (x ?? '') : null, after: hasAfter ? (y ?? '') : null });
  }
  return out;
}
