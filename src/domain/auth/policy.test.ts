import { describe, expect, it } from 'vitest';
import { allowedRelations, can, canAnywhere, holdsSystemRole, systemRoles } from './policy.js';
import { roles } from './roles.js';

describe('policy', () => {
  it('derives the system roles from the table', () => {
    expect(systemRoles).toEqual(['sysadmin']);
    expect(holdsSystemRole(['planner', 'sysadmin'])).toBe(true);
    expect(holdsSystemRole(['org_admin', 'planner', 'made_up'])).toBe(false);
  });

  it.each(roles.map((role) => [role]))('%s: system actions only for the system administrator', (role) => {
    const expected = role === 'sysadmin';
    for (const action of ['backup', 'monitor', 'administer'] as const) expect(canAnywhere({ roles: [role] }, action, 'system')).toBe(expected);
  });

  it('canAnywhere needs an "any" rule: a relation-bound grant does not count', () => {
    expect(canAnywhere({ roles: ['org_admin'] }, 'update', 'directory')).toBe(false);
    expect(can({ roles: ['org_admin'] }, 'update', 'directory', new Set(['below']))).toBe(true);
    expect(canAnywhere({ roles: ['sysadmin'] }, 'update', 'directory')).toBe(true);
    expect(canAnywhere(null, 'read', 'directory')).toBe(true);
    expect(canAnywhere(null, 'read', 'plan')).toBe(false);
  });

  it('an unknown stored role grants nothing', () => {
    expect(allowedRelations({ roles: ['superuser'] }, 'read', 'plan')).toEqual(new Set(['published']));
  });
});
