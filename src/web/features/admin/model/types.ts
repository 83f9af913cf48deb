import type { z } from 'zod';
import type { OrganizationKind, organizationResponse, personResponse, unitResponse, userResponse } from '../../../../shared/directory-api';
import type { Role } from '../../../../domain/auth/roles';

/*
 * The answers of the directory and administration routes, typed by their response contracts in src/shared (type-only
 * imports: zod stays out of the bundle). The value lists are repeated as plain arrays for the same reason; `satisfies`
 * keeps them in step with the contracts.
 */
export const organizationKinds = [
  'cec',
  'national_cec',
  'regional',
  'territorial',
  'municipal',
  'precinct',
  'youth',
  'public_chamber',
  'other',
] as const satisfies readonly OrganizationKind[];
export type { OrganizationKind };

export const roleCodes = ['sysadmin', 'org_admin', 'planner', 'controller', 'executor', 'observer'] as const satisfies readonly Role[];
export type RoleCode = Role;

export type Organization = z.infer<typeof organizationResponse>;
export type Unit = z.infer<typeof unitResponse>;
export type Person = z.infer<typeof personResponse>;
export type User = z.infer<typeof userResponse>;
