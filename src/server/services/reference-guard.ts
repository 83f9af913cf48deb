import { canAnywhere } from '../../domain/auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { SessionUser } from '../http/request-context.js';
import { findPerson, findUnit, isInSubtree, lineIds } from '../repositories/organization.repository.js';

/**
 * Guards the ids a caller writes into another row (a user's person, a person's
 * unit, an item's executor). A reference outside the caller's reach is answered
 * exactly like an id that does not exist — 404 naming the field — so a forged id
 * neither works nor tells whether it exists. Without this check an administrator
 * could tie an account to another region's person and read through that person.
 */
const organizationMissing = (field: string) => new AppError('organization_not_found', 'Организация не найдена', { field });
const personMissing = (field: string) => new AppError('not_found', 'Сотрудник не найден', { field });
const unitMissing = (field: string) => new AppError('not_found', 'Подразделение не найдено', { field });

/** The directory an administrator manages: its organisation's subtree (all of it for the system administrator). */
async function withinActor(tx: Db, user: SessionUser | null, organizationId: string): Promise<boolean> {
  if (!user) return false;
  if (canAnywhere(user, 'update', 'directory')) return true;
  return isInSubtree(tx, user.organizationId, organizationId);
}

export async function assertPersonReference(tx: Db, user: SessionUser | null, personId: string, field = 'personId') {
  const person = await findPerson(tx, personId);
  if (!person || !(await withinActor(tx, user, person.organizationId))) throw personMissing(field);
  return person;
}

/** A unit is a department of one organisation: a person may only be placed in a unit of their own organisation. */
export async function assertUnitReference(tx: Db, unitId: string, organizationId: string, field = 'unitId') {
  const unit = await findUnit(tx, unitId);
  if (!unit || unit.organizationId !== organizationId) throw unitMissing(field);
  return unit;
}

export interface ExecutorReference {
  organizationId?: string | null | undefined;
  unitId?: string | null | undefined;
  personId?: string | null | undefined;
}

/**
 * Executors of a plan's items may be organisations (and their units and people)
 * of the plan's own line: its organisation, those below and those above it. Those
 * already read the plan; naming anyone else would hand them the plan and its
 * reports. Returns the line so that automatic matching can keep to it too.
 */
export async function planExecutorScope(tx: Db, planOrganizationId: string) {
  return lineIds(tx, planOrganizationId, true);
}

export async function assertExecutorReferences(tx: Db, line: Set<string>, executors: readonly ExecutorReference[]) {
  for (const [i, e] of executors.entries()) {
    if (e.organizationId && !line.has(e.organizationId)) {
      // The same answer whether the organisation does not exist or lies outside the line.
      throw organizationMissing(`executors.${i}.organizationId`);
    }
    if (e.unitId) {
      const unit = await findUnit(tx, e.unitId);
      if (!unit || !line.has(unit.organizationId)) throw unitMissing(`executors.${i}.unitId`);
    }
    if (e.personId) {
      const person = await findPerson(tx, e.personId);
      if (!person || !line.has(person.organizationId)) throw personMissing(`executors.${i}.personId`);
    }
  }
}
