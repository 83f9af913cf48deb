import { can, type Relation } from '../../domain/auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { SessionUser } from '../http/request-context.js';
import { findOccurrence } from '../repositories/occurrence.repository.js';
import { type PlanRow } from '../repositories/plan.repository.js';
import { type FileStorage } from '../storage/file-storage.js';
import type { Access } from './access.service.js';

export interface ExecutionDeps {
  storage: FileStorage;
  uploadMaxBytes: number;
  now?: () => Date;
}

export const notFound = () => new AppError('occurrence_not_found', 'Мероприятие не найдено');

/** The plan-level relations without «assigned»: seeing another executor's reports needs more than an assignment. */
export function withoutAssigned(rels: Set<Relation>): Set<Relation> {
  const out = new Set(rels);
  out.delete('assigned');
  return out;
}

/** Whom `findOccurrence` checks the assignment rule for (the rule itself is SQL: repositories/assignment.sql.ts). */
export function assigneeOf(user: SessionUser | null) {
  return user ? { organizationId: user.organizationId, personId: user.personId } : null;
}

/** Who may do what with one occurrence: the checks the submission, files and dashboard parts share. */
export function createOccurrenceAccess(access: Access) {
  /**
   * Relations of the user to one occurrence: «assigned» means this occurrence is
   * the user's organisation's (or person's) to report on — an assignment to
   * another ТИК of the same plan does not count. Cheap facts first: an executor
   * reporting on its own occurrence costs no organisation-tree query.
   */
  async function occurrenceRelations(tx: Db, user: SessionUser | null, assigned: boolean, plan: PlanRow, needed: 'report' | 'read' | 'review') {
    const rels = new Set<Relation>();
    if (assigned) rels.add('assigned');
    if (needed === 'report' && can(user, 'report', 'item', rels)) return rels;
    for (const r of withoutAssigned(await access.planRelations(tx, user, plan))) rels.add(r);
    return rels;
  }

  async function loadOccurrence(tx: Db, user: SessionUser | null, id: string, needed: 'report' | 'read') {
    const found = await findOccurrence(tx, id, assigneeOf(user));
    if (!found) throw notFound();
    const plan = found.plan;
    const rels = await occurrenceRelations(tx, user, found.assigned, plan, needed);
    const readable = can(user, 'read', 'report', rels) || can(user, 'report', 'item', rels);
    if (!readable) throw notFound();
    return { ...found, plan, rels };
  }

  return { occurrenceRelations, loadOccurrence };
}
