import type { Role } from './roles.js';

export type Resource = 'plan' | 'item' | 'import' | 'report' | 'directory' | 'user' | 'audit' | 'system';
/**
 * `backup`, `monitor` (background jobs) and `administer` (the system roles and accounts) apply to `system`;
 * `close` on `report`: close a reporting period and accept the reports that come after it (the controller's call).
 */
export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'approve'
  /** Send a plan's items down to the lower commissions' plans (consolidation). */
  | 'cascade'
  /** Submit a lower commission's plan to the body above it. */
  | 'submit'
  | 'report'
  | 'review'
  | 'close'
  | 'backup'
  | 'monitor'
  | 'administer';
/**
 * How the acting user's organisation relates to the resource's organisation:
 * own — the same; below — the resource belongs to an organisation under it;
 * assigned — an item of the plan is assigned to the user's organisation, unit or person;
 * published — the plan is published; any — regardless of organisation.
 */
export type Relation = 'own' | 'below' | 'assigned' | 'published' | 'any';

type Rule = readonly [Role | 'anyone', Resource, readonly Action[], readonly Relation[]];

/** The one declarative permission table (role × resource × action × relation). */
export const policy: readonly Rule[] = [
  ['sysadmin', 'plan', ['read', 'create', 'update', 'delete', 'approve', 'cascade', 'submit'], ['any']],
  ['sysadmin', 'item', ['read', 'create', 'update', 'delete'], ['any']],
  ['sysadmin', 'import', ['create', 'read', 'delete'], ['any']],
  ['sysadmin', 'report', ['read', 'review', 'close'], ['any']],
  ['sysadmin', 'directory', ['read', 'create', 'update', 'delete'], ['any']],
  ['sysadmin', 'user', ['read', 'create', 'update', 'delete'], ['any']],
  ['sysadmin', 'audit', ['read'], ['any']],
  ['sysadmin', 'system', ['backup', 'monitor', 'administer'], ['any']],

  ['org_admin', 'plan', ['read'], ['own', 'below', 'assigned']],
  ['org_admin', 'item', ['read'], ['own', 'below', 'assigned']],
  ['org_admin', 'directory', ['read', 'create', 'update', 'delete'], ['own', 'below']],
  ['org_admin', 'user', ['read', 'create', 'update', 'delete'], ['own', 'below']],
  ['org_admin', 'audit', ['read'], ['own', 'below']],

  ['planner', 'plan', ['read'], ['own', 'below', 'assigned']],
  ['planner', 'plan', ['create', 'update', 'delete', 'cascade', 'submit'], ['own']],
  ['planner', 'item', ['read'], ['own', 'below', 'assigned']],
  ['planner', 'item', ['create', 'update', 'delete'], ['own']],
  ['planner', 'import', ['create', 'read', 'delete'], ['own']],
  ['planner', 'report', ['read', 'review'], ['own']],
  ['planner', 'audit', ['read'], ['own']],

  ['controller', 'plan', ['read'], ['own', 'below', 'assigned']],
  ['controller', 'plan', ['approve', 'submit'], ['own']],
  ['controller', 'item', ['read'], ['own', 'below', 'assigned']],
  ['controller', 'report', ['read', 'review', 'close'], ['own', 'below']],
  ['controller', 'audit', ['read'], ['own', 'below']],

  ['executor', 'plan', ['read'], ['own', 'assigned']],
  ['executor', 'item', ['read'], ['own', 'assigned']],
  ['executor', 'item', ['report'], ['assigned']],
  ['executor', 'report', ['read'], ['assigned']],

  ['observer', 'plan', ['read'], ['own', 'below', 'assigned']],
  ['observer', 'item', ['read'], ['own', 'below', 'assigned']],
  ['observer', 'report', ['read'], ['own', 'below']],

  ['anyone', 'plan', ['read'], ['published']],
  ['anyone', 'item', ['read'], ['published']],
  ['anyone', 'directory', ['read'], ['any']],
];

export interface Actor {
  /** Role names as stored; a name the table does not know grants nothing. */
  roles: readonly string[];
}

/**
 * The single permission check. `relations` are the facts that hold between the
 * actor and this resource (computed by the caller from the organisation tree).
 */
export function can(actor: Actor | null, action: Action, resource: Resource, relations: ReadonlySet<Relation>): boolean {
  const actorRoles: readonly string[] = actor ? [...actor.roles, 'anyone'] : ['anyone'];
  return policy.some(
    ([role, res, actions, rels]) =>
      res === resource && actions.includes(action) && actorRoles.includes(role) && rels.some((r) => r === 'any' || relations.has(r)),
  );
}

const NO_RELATIONS: ReadonlySet<Relation> = new Set();

/** Whether the actor may do this to every resource of the kind, whatever organisation it belongs to. */
export function canAnywhere(actor: Actor | null, action: Action, resource: Resource): boolean {
  return can(actor, action, resource, NO_RELATIONS);
}

/**
 * Roles that administer the system itself: only those who hold such a role may grant
 * it, or manage an account that holds it. Read from the table, not listed by hand.
 */
export const systemRoles: readonly Role[] = [
  ...new Set(policy.filter(([role, res, actions]) => role !== 'anyone' && res === 'system' && actions.includes('administer')).map(([role]) => role as Role)),
];

/** Takes stored role names as they come from the database. */
export function holdsSystemRole(roles: readonly string[]): boolean {
  return roles.some((r) => (systemRoles as readonly string[]).includes(r));
}

/** The relations for which some role of the actor may perform the action (used to build SQL filters). */
export function allowedRelations(actor: Actor | null, action: Action, resource: Resource): Set<Relation> {
  const actorRoles: readonly string[] = actor ? [...actor.roles, 'anyone'] : ['anyone'];
  const out = new Set<Relation>();
  for (const [role, res, actions, rels] of policy) {
    if (res === resource && actions.includes(action) && actorRoles.includes(role)) rels.forEach((r) => out.add(r));
  }
  return out;
}
