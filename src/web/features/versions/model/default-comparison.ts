import type { CompareTarget, PlanVersion } from './types';

/**
 * What to compare when the address does not say: the previous version with the
 * latest (what the last amendment changed), or, with a single version, that
 * version with the current state (what changed since approval). Null without versions.
 */
export function defaultComparison(versions: readonly Pick<PlanVersion, 'version'>[]): { from: number; to: CompareTarget } | null {
  const sorted = versions.map((v) => v.version).sort((a, b) => a - b);
  const latest = sorted[sorted.length - 1];
  if (latest === undefined) return null;
  const previous = sorted[sorted.length - 2];
  return previous === undefined ? { from: latest, to: 'current' } : { from: previous, to: latest };
}

/** Reads from/to from the address, keeping only versions that exist; falls back to the default. */
export function comparisonFromSearch(params: URLSearchParams, versions: readonly Pick<PlanVersion, 'version'>[]): { from: number; to: CompareTarget } | null {
  const fallback = defaultComparison(versions);
  if (!fallback) return null;
  const exists = (n: number) => versions.some((v) => v.version === n);
  const from = Number(params.get('from'));
  const toText = params.get('to');
  const to = toText === 'current' ? 'current' : Number(toText);
  return {
    from: Number.isInteger(from) && exists(from) ? from : fallback.from,
    to: to === 'current' || (Number.isInteger(to) && exists(to)) ? to : fallback.to,
  };
}

export const diffTotal = (d: { added: unknown[]; removed: unknown[]; changed: unknown[]; renumbered: unknown[] }) =>
  d.added.length + d.removed.length + d.changed.length + d.renumbered.length;
