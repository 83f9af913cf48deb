export const organizationKinds = ['cec', 'national_cec', 'regional', 'territorial', 'municipal', 'precinct', 'youth', 'public_chamber', 'other'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const roleCodes = ['sysadmin', 'org_admin', 'planner', 'controller', 'executor', 'observer'] as const;
export type RoleCode = (typeof roleCodes)[number];

export interface Organization {
  id: string;
  kind: OrganizationKind;
  name: string;
  shortName: string | null;
  parentId: string | null;
  timeZone: string;
}

export interface Unit {
  id: string;
  organizationId: string;
  name: string;
  shortName: string | null;
}

export interface Person {
  id: string;
  organizationId: string;
  unitId: string | null;
  fullName: string;
  shortName: string;
  position: string | null;
  email: string | null;
}

export interface User {
  id: string;
  login: string;
  displayName: string;
  organizationId: string;
  personId: string | null;
  roles: RoleCode[];
  email: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  createdAt: string;
}
