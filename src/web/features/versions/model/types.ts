/** The plan a versions list belongs to (sent with the list). */
export interface PlanHead {
  id: string;
  title: string;
  status: string;
}

/** A saved version of a plan (GET /api/plans/:id/versions), oldest first. */
export interface PlanVersion {
  id: string;
  version: number;
  reason: 'approved' | 'amended' | 'amendment' | string;
  /** The act that approved this version (approval or amendment). */
  act?: { kind: string | null; authority: string | null; date: string | null; number: string | null } | null;
  createdBy: string | null;
  createdByName?: string | null;
  createdAt: string;
}

/** GET /api/plans/:id/diff: items matched by id between two versions (or a version and the current state). */
export interface VersionDiff {
  from: number;
  to: number | 'current';
  added: { id: string; number: string; title: string }[];
  removed: { id: string; number: string; title: string }[];
  changed: { id: string; number: string; changes: Record<string, { before: string; after: string }> }[];
  renumbered: { id: string; title: string; from: string; to: string }[];
}

/** The right-hand side of a comparison: a saved version or the plan as it is now. */
export type CompareTarget = number | 'current';
