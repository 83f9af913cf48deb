import type { z } from 'zod';
import type { planVersionsResponse, versionDiffResponse } from '../../../../shared/plan-responses';

/* The answers of the versions routes, typed by their response contracts (type-only imports: zod stays out of the bundle). */
type Versions = z.infer<typeof planVersionsResponse>;
/** The plan a versions list belongs to (sent with the list). */
export type PlanHead = Versions['plan'];
/** A saved version of a plan (GET /api/plans/:id/versions), oldest first. */
export type PlanVersion = Versions['versions'][number];
/** GET /api/plans/:id/diff: items matched by id between two versions (or a version and the current state). */
export type VersionDiff = z.infer<typeof versionDiffResponse>;

/** The right-hand side of a comparison: a saved version or the plan as it is now. */
export type CompareTarget = number | 'current';
